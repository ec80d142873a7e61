import { useId, type ReactNode } from 'react';

interface NoteTextAreaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  description?: ReactNode;
  /** 'body' is the large type of the note itself; 'small' suits comments and side panels. */
  size?: 'body' | 'small';
  maxLength?: number;
  autoFocus?: boolean;
}

/**
 * A labelled text area that grows with its text, for client words in any script (dir="auto" lets
 * Arabic or Hebrew run right to left). Uncomplicated on purpose: it is on the typing path.
 */
export function NoteTextArea({
  label,
  value,
  onChange,
  onBlur,
  description,
  size = 'body',
  maxLength = 20_000,
  autoFocus,
}: NoteTextAreaProps) {
  const id = useId();
  return (
    <div className={`note-text note-text--${size}`}>
      <label className="note-text__label" htmlFor={id}>
        {label}
      </label>
      {description && (
        <p className="note-text__description" id={`${id}-description`}>
          {description}
        </p>
      )}
      <textarea
        id={id}
        className="note-text__input"
        value={value}
        dir="auto"
        spellCheck
        maxLength={maxLength}
        autoFocus={autoFocus}
        aria-describedby={description ? `${id}-description` : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
