import { Time } from '@internationalized/date';
import type { ReactNode } from 'react';
import { TimeField, type TimeValue } from 'react-aria-components';
import { Segments, type FocusTarget } from './Segments';
import './field.css';

const CLOCK = /^(\d{2}):(\d{2})$/;

function toTime(value: string): Time | null {
  const match = CLOCK.exec(value);
  return match ? new Time(Number(match[1]), Number(match[2])) : null;
}

function toClock(time: TimeValue | null): string {
  if (!time) return '';
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

export interface ClockFieldProps {
  label: ReactNode;
  /** HH:mm (24-hour), or '' for no time. */
  value: string;
  /** HH:mm once every part is typed, '' while it is cleared or not yet whole. */
  onChange: (clock: string) => void;
  onBlur?: () => void;
  error?: string | null;
  description?: ReactNode;
  className?: string;
  isReadOnly?: boolean;
  autoFocus?: boolean;
  focusRef?: (target: FocusTarget | null) => void;
}

/**
 * A time of day typed in the app's locale (24-hour, or 12-hour with AM/PM where the locale writes
 * times so), kept as HH:mm: the same clock the app writes every other time in.
 */
export function ClockField({
  label,
  value,
  onChange,
  onBlur,
  error,
  description,
  className,
  ...rest
}: ClockFieldProps) {
  return (
    <TimeField
      className={className ? `field ${className}` : 'field'}
      value={toTime(value)}
      onChange={(time) => onChange(toClock(time))}
      onBlur={onBlur}
      granularity="minute"
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isReadOnly={rest.isReadOnly}
      autoFocus={rest.autoFocus}
    >
      <Segments label={label} description={description} error={error} focusRef={rest.focusRef} />
    </TimeField>
  );
}
