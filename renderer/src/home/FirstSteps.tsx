import { useId, useState, type ReactNode } from 'react';
import { CLIENT_STATUSES } from '../../../shared/clients/client-status';
import { useBackupStatus } from '../backup/backup-queries';
import { AddClientDialog } from '../clients/AddClientDialog';
import { useClients } from '../clients/clients-queries';
import { useNavigate } from '../navigation/routes';
import { usePractice } from '../practice/practice-queries';
import { ActionButton } from '../ui/ActionButton';
import { Icon } from '../ui/Icon';

function Step({
  done,
  title,
  children,
  action,
}: {
  done: boolean;
  title: string;
  children: ReactNode;
  action: ReactNode;
}) {
  return (
    <li className={done ? 'first-step first-step--done' : 'first-step'}>
      <span className="first-step__mark" aria-hidden="true">
        {done && <Icon name="check" size={16} />}
      </span>
      <div className="first-step__text">
        <h3>
          {title}
          {done && <span className="visually-hidden"> (done)</span>}
        </h3>
        <p>{children}</p>
      </div>
      <div className="first-step__action">{action}</div>
    </li>
  );
}

/**
 * What to do first in a new vault: the practice's details, a first client, and where the backups go.
 * Shown until the practice has a name and the vault a client; each step is ticked as it is done.
 */
export function FirstSteps() {
  const headingId = useId();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const practice = usePractice();
  const clients = useClients({ statuses: [...CLIENT_STATUSES] });
  const backup = useBackupStatus();
  if (!practice.data || !clients.data || !backup.data) return null;
  const practiceDone = !!(practice.data.practiceName.trim() || practice.data.clinicianName.trim());
  const clientDone = clients.data.length > 0;
  if (practiceDone && clientDone) return null;
  const secondFolder = backup.data.secondFolder;

  return (
    <section className="panel first-steps" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>First steps</h2>
        <p>Three things to set up before your first session.</p>
      </div>
      <ol className="first-steps__list">
        <Step
          done={practiceDone}
          title="Set up your practice"
          action={
            <ActionButton onPress={() => navigate({ page: 'settings' })}>Practice settings</ActionButton>
          }
        >
          Your name and letterhead for summaries and superbills, your fees, and the time zone your
          appointments are kept in.
        </Step>
        <Step
          done={clientDone}
          title="Add your first client"
          action={
            <ActionButton
              variant={practiceDone ? 'primary' : 'secondary'}
              icon="plus"
              onPress={() => setAdding(true)}
            >
              Add client
            </ActionButton>
          }
        >
          Someone who got in touch, or a client whose work starts now. Only the name is needed.
        </Step>
        <Step
          done={!!secondFolder}
          title="Choose where backups go"
          action={
            <ActionButton onPress={() => navigate({ page: 'settings', section: 'backups' })}>
              Backup settings
            </ActionButton>
          }
        >
          {secondFolder
            ? `Rapport backs up every day, with a copy in ${secondFolder}.`
            : 'Rapport backs up every day on this computer. Add a second folder on another drive, so a lost computer costs nothing.'}
        </Step>
      </ol>
      <AddClientDialog isOpen={adding} onOpenChange={setAdding} />
    </section>
  );
}
