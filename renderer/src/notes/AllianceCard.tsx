import { formatShortDate } from '../../../shared/dates/format-date';
import { AllianceChart } from '../charts/AllianceChart';
import { useClientPage } from '../clients/client-page-context';
import { OverviewCard } from '../ui/OverviewCard';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { requestNoteOpen } from './note-to-open';
import { useAlliance, useNoteList } from './notes-queries';
import './alliance-card.css';
import { UserText } from '../ui/UserText';

const RECENT = 3;

/**
 * The working alliance on a client's overview: checklist and feedback per session with drops and
 * ruptures marked, ruptures still open, and the latest notes to jump into.
 */
export function AllianceCard({ clientId }: { clientId: string }) {
  const alliance = useAlliance(clientId);
  const notes = useNoteList(clientId);
  const page = useClientPage();
  const openNote = (noteId: string) => {
    requestNoteOpen(clientId, noteId);
    page.selectTab('notes');
  };
  if (alliance.isError) return <Alert tone="error">{alliance.error.message}</Alert>;
  if (notes.isError) return <Alert tone="error">{notes.error.message}</Alert>;
  if (!alliance.data || !notes.data) return null;
  const open = alliance.data.filter((p) => p.ruptureKind !== 'none' && p.ruptureOpen !== 'none');
  const action = (
    <ActionButton variant="quiet" onPress={() => page.selectTab('notes')}>
      Open notes
    </ActionButton>
  );
  if (notes.data.length === 0) {
    return (
      <OverviewCard title="Alliance and notes" action={action}>
        <p className="muted">No session notes yet. The alliance chart starts with the first note.</p>
      </OverviewCard>
    );
  }
  return (
    <OverviewCard title="Alliance and notes" span="wide" action={action}>
      <AllianceChart points={alliance.data} />
      {open.length > 0 && (
        <p className="alliance-card__open">
          {open.length === 1 ? 'One session' : `${open.length} sessions`} with a rupture not yet resolved
          (latest {formatShortDate(open.at(-1)!.date)}).
        </p>
      )}
      <div className="alliance-card__recent">
        <h3 className="alliance-card__recent-title">Recent notes</h3>
        <ul className="alliance-card__notes">
          {notes.data.slice(0, RECENT).map((note) => (
            <li key={note.id}>
              <ActionButton variant="quiet" onPress={() => openNote(note.id)}>
                {formatShortDate(note.sessionDate)} · {note.format}
                {note.signedAt ? '' : ' · draft'}
              </ActionButton>
              {note.preview && (
                <span className="alliance-card__preview">
                  <UserText inline text={note.preview} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </OverviewCard>
  );
}
