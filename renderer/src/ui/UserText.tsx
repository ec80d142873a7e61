import './user-text.css';

/**
 * Text the clinician or client wrote, shown exactly as written: never parsed as markup (something
 * that looks like HTML is shown as those characters), line breaks kept, and each line taking its own
 * direction (dir="auto"), so an Arabic line reads right to left and sits at the right even when the
 * line before it is Chinese or English. The same in the app, in a summary and on a superbill. A
 * short inline value (a name, a language) stays where the eye expects it, beside its label, with its
 * letters still in their own order.
 */
export function UserText({ text, inline = false }: { text: string; inline?: boolean }) {
  if (inline) {
    return (
      <span className="user-text" dir="auto">
        {text}
      </span>
    );
  }
  return (
    <span className="user-text user-text--block">
      {text.split(/\r?\n/).map((line, i) =>
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
