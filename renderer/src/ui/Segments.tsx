import { DateInput, DateSegment } from 'react-aria-components';

/** What a form focuses when this field is the first in error: its first part. */
export interface FocusTarget {
  focus(): void;
}

/** The parts of a date or time field (day, month, year; hour, minute, AM/PM) in one box. */
export function Segments({ focusRef }: { focusRef?: (target: FocusTarget | null) => void }) {
  return (
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
  );
}
