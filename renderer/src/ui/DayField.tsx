import { parseDate, type CalendarDate } from '@internationalized/date';
import { useState, type ReactNode } from 'react';
import { DateField, type DateValue } from 'react-aria-components';
import { Segments, type FocusTarget } from './Segments';
import './field.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function toDay(value: string): CalendarDate | null {
  return DAY.test(value) ? parseDate(value) : null;
}

export interface DayFieldProps {
  label: ReactNode;
  /** YYYY-MM-DD, or '' for no day. */
  value: string;
  /** YYYY-MM-DD once every part is typed, '' while it is cleared or not yet whole. */
  onChange: (day: string) => void;
  onBlur?: () => void;
  /** Why the day is not right; the field is marked invalid while there is one. */
  error?: string | null;
  description?: ReactNode;
  className?: string;
  isReadOnly?: boolean;
  autoFocus?: boolean;
  /** Given something to focus, for a form that moves to the first field in error. */
  focusRef?: (target: FocusTarget | null) => void;
}

/**
 * A calendar day typed in the app's locale (day, month and year in its order and separators),
 * kept as YYYY-MM-DD. Chromium's own date input writes the day in the order of the language it
 * runs in, whatever the system's regional setting; this one follows the locale the app writes
 * every other date in (react-aria's I18nProvider, set at start).
 */
export function DayField({
  label,
  value,
  onChange,
  onBlur,
  error,
  description,
  className,
  ...rest
}: DayFieldProps) {
  // What the field shows runs ahead of what it reports: a year being typed or erased digit by
  // digit (2, 20, 202) makes a real but unmeant date, which is shown and not reported.
  const [shown, setShown] = useState<DateValue | null>(() => toDay(value));
  const [reported, setReported] = useState(value);
  if (value !== reported) {
    setReported(value);
    setShown(toDay(value));
  }
  const report = (day: string) => {
    setReported(day);
    onChange(day);
  };
  return (
    <DateField
      className={className ? `field ${className}` : 'field'}
      value={shown}
      onChange={(day) => {
        setShown(day);
        if (!day) report('');
        else if (day.year >= 1000) report(day.toString());
      }}
      onBlur={onBlur}
      granularity="day"
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      isReadOnly={rest.isReadOnly}
      autoFocus={rest.autoFocus}
    >
      <Segments label={label} description={description} error={error} focusRef={rest.focusRef} />
    </DateField>
  );
}
