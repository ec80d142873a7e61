import { useContext } from 'react';
import { paragraphDirection } from '../../../shared/text/paragraph-direction';
import { textLanguage, type ScriptLanguages } from '../../../shared/text/text-language';
import { ScriptLanguagesContext } from './script-languages';
import './user-text.css';

/**
 * Text the clinician or client wrote, shown exactly as written: never parsed as markup (something
 * that looks like HTML is shown as those characters), line breaks kept, and each line reading in the
 * direction of the script most of its letters are in (shared/text/paragraph-direction.ts), so an
 * Arabic line reads right to left and sits at the right even when the line before it is Chinese or
 * English, and an English sentence that opens with an Arabic name still reads left to right. Each
 * line is marked with its language where that changes the glyphs (Japanese kanji, Urdu Nastaliq).
 * The same in the app, in a summary and on a superbill. A short inline value (a name, a language)
 * is isolated from the sentence around it (<bdi>), so it stays where the eye expects it, beside its
 * label, with its letters in their own order and the punctuation after it where it belongs.
 */
/** The direction and language a piece of text is marked with. */
function marks(text: string, languages: ScriptLanguages) {
  return { dir: paragraphDirection(text), lang: textLanguage(text, languages) ?? undefined };
}

export function UserText({ text, inline = false }: { text: string; inline?: boolean }) {
  const languages = useContext(ScriptLanguagesContext);
  if (inline) {
    return (
      <bdi className="user-text" {...marks(text, languages)}>
        {text}
      </bdi>
    );
  }
  const lines = text.split(/\r?\n/);
  if (lines.length === 1 && text.trim()) {
    // One line needs no wrapper: a 300-note record has thousands of these, each a box to lay out.
    return (
      <span className="user-text user-text--block user-text__line" {...marks(text, languages)}>
        {text}
      </span>
    );
  }
  return (
    <span className="user-text user-text--block">
      {lines.map((line, i) =>
        line.trim() ? (
          <span key={i} className="user-text__line" {...marks(line, languages)}>
            {line}
          </span>
        ) : (
          <span key={i} className="user-text__gap" aria-hidden="true" />
        ),
      )}
    </span>
  );
}
