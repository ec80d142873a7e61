import { useState } from 'react';
import { STATUS_LABELS, type ClientStatus } from '../../../shared/clients/client-status';
import { formatDate } from '../../../shared/dates/format-date';
import { formatMoment } from '../../../shared/dates/format-moment';
import { RECORD_KIND_LABELS, type PastRetentionItem } from '../../../shared/retention/retention-contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { UserText } from '../ui/UserText';
import { DestroyRecordDialog } from './DestroyRecordDialog';
import { useDestructions, usePastRetention, useRetentionRule } from './retention-queries';
import { RetentionRuleForm } from './RetentionRuleForm';
import './retention.css';

function RulePanel() {
  const rule = useRetentionRule();
  return (
    <section className="panel" aria-labelledby="settings-retention-rule">
      <div className="panel__header">
        <h3 id="settings-retention-rule">Retention rule</h3>
        <p>
          How long your jurisdiction requires records to be kept. Nothing can be destroyed before its date.
        </p>
      </div>
      {rule.isPending && <p className="muted">Loading…</p>}
      {rule.isError && <Alert tone="error">{rule.error.message}</Alert>}
      {rule.data && <RetentionRuleForm rule={rule.data} />}
    </section>
  );
}

function PastRetentionPanel() {
  const past = usePastRetention();
  const [destroying, setDestroying] = useState<PastRetentionItem | null>(null);
  return (
    <section className="panel" aria-labelledby="settings-past-retention">
      <div className="panel__header">
        <h3 id="settings-past-retention">Past retention</h3>
        <p>Discharged and archived records whose retention date has passed. You may destroy them.</p>
      </div>
      {past.isPending && <p className="muted">Loading…</p>}
      {past.isError && <Alert tone="error">{past.error.message}</Alert>}
      {past.data?.length === 0 && <p className="muted">No record is past its retention date.</p>}
      {past.data && past.data.length > 0 && (
        <table className="retention-table">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Status</th>
              <th scope="col">Last service</th>
              <th scope="col">Kept until</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {past.data.map((item) => (
              <tr key={item.id}>
                <td className="retention-table__name">
                  <UserText inline text={item.chosenName} />
                </td>
                <td>{STATUS_LABELS[item.status as ClientStatus]}</td>
                <td>{formatDate(item.from)}</td>
                <td>{formatDate(item.retainUntil)}</td>
                <td className="retention-table__action">
                  <ActionButton variant="quiet" onPress={() => setDestroying(item)}>
                    Destroy…
                  </ActionButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {destroying && <DestroyRecordDialog item={destroying} onClose={() => setDestroying(null)} />}
    </section>
  );
}

function DestructionLogPanel() {
  const log = useDestructions();
  return (
    <section className="panel" aria-labelledby="settings-destructions">
      <div className="panel__header">
        <h3 id="settings-destructions">Destruction log</h3>
        <p>What was destroyed, by id and count only: no names and nothing clinical.</p>
      </div>
      {log.isError && <Alert tone="error">{log.error.message}</Alert>}
      {log.data?.length === 0 && <p className="muted">No record has been destroyed.</p>}
      {log.data?.map((entry) => (
        <div key={entry.id} className="destruction-entry">
          <p>
            <strong>{formatMoment(entry.destroyedAt)}</strong> by the {entry.actor}: client{' '}
            <code>{entry.clientId}</code>, kept until {formatDate(entry.retainUntil)}. Invoices and payments{' '}
            {entry.billing === 'kept' ? 'kept without the client’s details' : 'destroyed'}.
          </p>
          {entry.overrideReason && <p>Destroyed before its date: {entry.overrideReason}</p>}
          <p className="muted">
            {Object.entries(entry.counts)
              .map(
                ([kind, n]) => `${RECORD_KIND_LABELS[kind as keyof typeof RECORD_KIND_LABELS] ?? kind}: ${n}`,
              )
              .join(' · ')}
          </p>
        </div>
      ))}
    </section>
  );
}

/** Settings → Records: the retention rule, the records past it, and what has been destroyed. */
export function RetentionSection() {
  return (
    <section className="settings-section" aria-labelledby="settings-records">
      <h2 id="settings-records">Records retention</h2>
      <RulePanel />
      <PastRetentionPanel />
      <DestructionLogPanel />
    </section>
  );
}
