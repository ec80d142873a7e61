import { useCallback, useId, useState } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { NOTE_FORMAT_KEYS, NOTE_FORMATS, type NoteFormat } from '../../../shared/notes/note-formats';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useDraft, type DraftStore } from './draft-store';
import { switchFormat } from './note-content';

/**
 * The note's format (SOAP, DAP, BIRP, GIRP). Switching keeps every word: text of a section the new
 * format lacks moves into its first section, and the clinician is told where it went.
 */
export function FormatPicker({ store }: { store: DraftStore }) {
  const labelId = useId();
  const format = useDraft(
    store,
    useCallback((c: NoteContent) => c.format, []),
  );
  const [moved, setMoved] = useState<{ titles: string[]; into: string } | null>(null);
  const choose = (next: NoteFormat | null) => {
    if (!next || next === store.get().format) return;
    const result = switchFormat(store.get(), next);
    store.update(() => result.content);
    setMoved(result.moved.length ? { titles: result.moved, into: NOTE_FORMATS[next][0].title } : null);
  };
  return (
    <div className="format-picker">
      <div className="format-picker__row">
        <span className="format-picker__label" id={labelId}>
          Format
        </span>
        <ChoiceGroup
          look="segments"
          labelledBy={labelId}
          options={NOTE_FORMAT_KEYS.map((key) => ({
            value: key,
            label: key,
            ariaLabel: `${key}: ${NOTE_FORMATS[key].map((s) => s.title).join(', ')}`,
          }))}
          value={format}
          onChange={choose}
        />
        <span className="format-picker__sections" aria-hidden="true">
          {NOTE_FORMATS[format].map((s) => s.title).join(' · ')}
        </span>
      </div>
      {moved && (
        <p className="format-picker__moved" role="status">
          The text under {moved.titles.join(' and ')} is now at the end of {moved.into}.
        </p>
      )}
    </div>
  );
}
