/**
 * Text the clinician or client wrote, shown exactly as written: line breaks kept, direction taken
 * from the text itself (dir="auto") so Arabic and Hebrew read right to left, and never parsed as
 * markup, so something that looks like HTML is shown as those characters. A paragraph in a
 * right-to-left script also sits at the right; a short inline value (a name, a language) stays
 * where the eye expects it, beside its label, with its letters still in their own order.
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
    <div className="user-text user-text--block" dir="auto">
      {text}
    </div>
  );
}
