import { useEffect, useRef, useState } from 'react';
import type { ClientRecord } from '../../../shared/clients/client-contract';
import { formatDate } from '../../../shared/dates/format-date';
import { HandOverDialog } from '../client-mode/HandOverDialog';
import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { StatusChip } from '../clients/StatusChip';
import { StatusDialog } from '../clients/StatusDialog';
import { RetentionLine } from '../retention/RetentionLine';
import { UserText } from '../ui/UserText';

/**
 * The client's chosen name, pronouns and status. Like every page title, the name takes focus when
 * the page opens, so a screen reader starts here.
 */
export function ClientHeader({ record }: { record: ClientRecord }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const navigate = useNavigate();
  const [changingStatus, setChangingStatus] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const { pronouns } = record.intake.identity;
  const ended = record.status === 'discharged' || record.status === 'archived';

  return (
    <header className="client-header">
      <ActionButton variant="quiet" onPress={() => navigate({ page: 'clients' })}>
        All clients
      </ActionButton>
      <div className="client-header__main">
        <div className="client-header__identity">
          <h1 ref={heading} tabIndex={-1} className="client-header__name">
            <UserText inline text={record.chosenName} />
          </h1>
          <p className="client-header__facts">
            {pronouns.trim() && (
              <span className="client-header__pronouns">
                <UserText inline text={pronouns} />
              </span>
            )}
            <StatusChip status={record.status} />
            {ended && record.statusDate && (
              <span className="muted">since {formatDate(record.statusDate)}</span>
            )}
            {record.retainUntil && <RetentionLine key={record.updatedAt} clientId={record.id} />}
          </p>
        </div>
        <div className="client-header__actions">
          <ActionButton onPress={() => setHandingOver(true)}>Hand the laptop to the client…</ActionButton>
          <ActionButton onPress={() => setChangingStatus(true)}>Change status</ActionButton>
        </div>
      </div>
      <StatusDialog record={record} isOpen={changingStatus} onOpenChange={setChangingStatus} />
      <HandOverDialog
        clientId={record.id}
        noteId={null}
        isOpen={handingOver}
        onClose={() => setHandingOver(false)}
      />
    </header>
  );
}
