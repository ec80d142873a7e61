import { useState } from 'react';
import type { ClientRecord } from '../../../shared/clients/client-contract';
import { formatDate, localDay } from '../../../shared/dates/format-date';
import { useChangeStatus } from '../clients/clients-queries';
import { useNoteList } from '../notes/notes-queries';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

const STILL = { enquiry: 'still an enquiry', waitlist: 'still on the waitlist' } as const;

/** What has happened that makes an enquiry (or someone waiting) a client, with the day it happened. */
function whatHappened(record: ClientRecord, firstSession: string | undefined) {
  if (firstSession)
    return { words: `A first session is signed (${formatDate(firstSession)})`, date: firstSession };
  if (record.intakeCompletedAt) {
    const date = localDay(new Date(record.intakeCompletedAt));
    return { words: `The intake was completed on ${formatDate(date)}`, date };
  }
  return null;
}

/**
 * Offers the next status the moment it becomes true (the intake completed, a first session signed)
 * and never changes it silently: the clinician marks the client active, or says not now.
 */
export function StatusSuggestion({ record }: { record: ClientRecord }) {
  const notes = useNoteList(record.id);
  const change = useChangeStatus();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || (record.status !== 'enquiry' && record.status !== 'waitlist')) return null;
  const firstSession = notes.data
    ?.filter((note) => note.signedAt)
    .map((note) => note.sessionDate)
    .sort()[0];
  const happened = whatHappened(record, firstSession);
  if (!happened) return null;
  const mark = (status: 'active' | 'waitlist') =>
    change.mutate({ id: record.id, status, date: status === 'active' ? happened.date : '', reason: '' });

  return (
    <div role="status" className="status-suggestion">
      <Alert tone="info">
        <p>
          {happened.words}, and <span dir="auto">{record.chosenName}</span> is {STILL[record.status]}.
        </p>
        <div className="button-row">
          <ActionButton variant="primary" isPending={change.isPending} onPress={() => mark('active')}>
            Mark as active
          </ActionButton>
          {record.status === 'enquiry' && !firstSession && (
            <ActionButton isDisabled={change.isPending} onPress={() => mark('waitlist')}>
              Put on the waitlist
            </ActionButton>
          )}
          <ActionButton variant="quiet" isDisabled={change.isPending} onPress={() => setDismissed(true)}>
            Not now
          </ActionButton>
        </div>
        {change.error && <p className="field__error">{change.error.message}</p>}
      </Alert>
    </div>
  );
}
