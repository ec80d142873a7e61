import { memo } from 'react';
import { Button } from 'react-aria-components';
import type { NoteSummary } from '../../../shared/notes/note-contract';
import { MODALITY_LABELS } from '../../../shared/notes/note-formats';
import { formatShortDate } from '../../../shared/dates/format-date';
import { Icon } from '../ui/Icon';
import { timeRange } from './note-dates';
import { RUPTURE_KIND_LABELS } from '../../../shared/notes/rupture-lists';
import { UserText } from '../ui/UserText';

interface NoteListProps {
  notes: readonly NoteSummary[];
  selectedId: string | null;
  onSelect: (noteId: string) => void;
}

/** The client's notes, newest session first: date, format, whether signed, and the opening words. */
export function NoteList({ notes, selectedId, onSelect }: NoteListProps) {
  return (
    <ul className="note-list" aria-label="Notes by session date">
      {notes.map((note) => (
        <NoteListItem key={note.id} note={note} isCurrent={note.id === selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}

interface NoteListItemProps {
  note: NoteSummary;
  isCurrent: boolean;
  onSelect: (noteId: string) => void;
}

/**
 * One entry, drawn again only when its own note changes: an autosave updates one entry of a list
 * that can hold hundreds, and redrawing them all on each save is felt as lag while typing.
 */
const NoteListItem = memo(function NoteListItem({ note, isCurrent, onSelect }: NoteListItemProps) {
  return (
    <li>
      <Button
        className="note-list__item"
        aria-current={isCurrent ? 'true' : undefined}
        onPress={() => onSelect(note.id)}
      >
        <span className="note-list__top">
          <span className="note-list__date">{formatShortDate(note.sessionDate)}</span>
          {note.signedAt ? (
            <span className="note-chip note-chip--signed note-chip--small">
              <Icon name="lock" size={14} /> Signed
            </span>
          ) : (
            <span className="note-chip note-chip--draft note-chip--small">Draft</span>
          )}
        </span>
        <span className="note-list__meta">
          {[timeRange(note.startTime, note.endTime), note.format, MODALITY_LABELS[note.modality]]
            .filter(Boolean)
            .join(' · ')}
        </span>
        {note.preview && (
          <span className="note-list__preview">
            <UserText inline text={note.preview} />
          </span>
        )}
        {(note.ruptureKind !== 'none' || note.addendaCount > 0 || note.hasProcessNote) && (
          <span className="note-list__flags">
            {note.ruptureKind !== 'none' && (
              <span className="note-list__flag note-list__flag--rupture">
                {note.ruptures > 1 ? `${note.ruptures} ruptures: ` : ''}
                {RUPTURE_KIND_LABELS[note.ruptureKind]}
                {note.ruptures > 1 ? '' : ' rupture'}
              </span>
            )}
            {note.addendaCount > 0 && (
              <span className="note-list__flag">
                {note.addendaCount} {note.addendaCount === 1 ? 'addendum' : 'addenda'}
              </span>
            )}
            {note.hasProcessNote && <span className="note-list__flag">Private note</span>}
          </span>
        )}
      </Button>
    </li>
  );
});
