import type { ReactNode } from 'react';
import { DateInput, DateSegment, FieldError, Label, Text } from 'react-aria-components';

/** What a form focuses when this field is the first in error: its first part. */
export interface FocusTarget {
  focus(): void;
}

/**
 * What a date or time field holds: its label, its parts (day, month, year; hour, minute, AM/PM) in
 * one box, its description and its error.
 */
export function Segments({
  label,
  description,
  error,
  focusRef,
}: {
  label: ReactNode;
  description?: ReactNode;
  error?: string | null;
  focusRef?: (target: FocusTarget | null) => void;
}) {
  return (
    <>
      <Label className="field__label">{label}</Label>
      <div className="field__control">
        <DateInput
          className="field__input field__segments"
          ref={(group) =>
            focusRef?.(
              group && { focus: () => group.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() },
            )
          }
        >
          {(segment) => <DateSegment segment={segment} className="field__segment" />}
        </DateInput>
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
    </>
  );
}
