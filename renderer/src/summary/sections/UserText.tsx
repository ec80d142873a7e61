/**
 * Text the clinician or client typed, line by line, each line taking its own direction: an Arabic
 * line reads right to left even when the line before it is Chinese or English.
 */
export function UserText({ text, className = 'user-text' }: { text: string; className?: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <span className={className}>
      {lines.map((line, i) =>
        line.trim() ? (
          <span key={i} className="user-text__line" dir="auto">
            {line}
          </span>
        ) : (
          <span key={i} className="user-text__gap" aria-hidden="true" />
        ),
      )}
    </span>
  );
}
