import { useState } from 'react';
import type { ClientChange } from '../../../shared/clients/client-contract';
import { STATUS_LABELS, type ClientStatus } from '../../../shared/clients/client-status';
import { formatDate } from '../../../shared/dates/format-date';
import { formatMoment } from '../../../shared/dates/format-moment';
import { useClientHistory } from '../clients/clients-queries';
import { UserText } from '../ui/UserText';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { fieldByPath } from './intake-fields';
import { describeValue } from './intake-values';

const KIND_TITLES: Record<ClientChange['kind'], string> = {
  created: 'Client added',
  intake: 'Intake changed',
  status: 'Status changed',
};

const STATUS_FIELDS: Record<string, { label: string; describe: (value: unknown) => string }> = {
  status: { label: 'Status', describe: (v) => STATUS_LABELS[v as ClientStatus] ?? String(v ?? '') },
  date: { label: 'Date of the change', describe: (v) => (typeof v === 'string' ? formatDate(v) : '') },
  reason: { label: 'Reason', describe: (v) => (typeof v === 'string' ? v : '') },
};

function describeChange(kind: ClientChange['kind'], path: string, value: unknown) {
  if (kind === 'status') {
    const field = STATUS_FIELDS[path];
    return {
      label: field?.label ?? path,
      text: field ? field.describe(value) : describeValue(undefined, value),
      long: path === 'reason',
    };
  }
  const field = fieldByPath(path);
  return {
    label: field?.label ?? path,
    text: describeValue(field?.kind, value),
    long: field?.kind === 'long',
  };
}

function Value({ text, side, long }: { text: string; side: 'before' | 'after'; long: boolean }) {
  return (
    <div className={`change__value change__value--${side}`}>
      <span className="visually-hidden">{side === 'before' ? 'Before: ' : 'After: '}</span>
      {text.trim() ? (
        <UserText text={text} inline={!long} />
      ) : (
        <span className="muted">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">empty</span>
        </span>
      )}
    </div>
  );
}

/** A long first save lists every field; the first few are enough to recognise it until asked for more. */
const SHOWN_AT_FIRST = 6;

function HistoryEntry({ entry }: { entry: ClientChange }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? entry.changes : entry.changes.slice(0, SHOWN_AT_FIRST);
  const hidden = entry.changes.length - shown.length;
  return (
    <li className="history__entry">
      <header className="history__header">
        <h3>{KIND_TITLES[entry.kind]}</h3>
        <p className="muted">
          {formatMoment(entry.at)} · {actorName(entry.actor)}
        </p>
      </header>
      {shown.length > 0 && (
        <ul className="history__changes">
          {shown.map((change) => {
            const before = describeChange(entry.kind, change.path, change.before);
            const after = describeChange(entry.kind, change.path, change.after);
            return (
              <li key={change.path} className="change">
                <span className="change__field">{after.label}</span>
                <Value text={before.text} side="before" long={after.long} />
                <span className="change__arrow" aria-hidden="true">
                  →
                </span>
                <Value text={after.text} side="after" long={after.long} />
              </li>
            );
          })}
        </ul>
      )}
      {(hidden > 0 || expanded) && entry.changes.length > SHOWN_AT_FIRST && (
        <div>
          <ActionButton variant="quiet" onPress={() => setExpanded(!expanded)}>
            {expanded ? 'Show fewer' : `Show all ${entry.changes.length} changes`}
          </ActionButton>
        </div>
      )}
    </li>
  );
}

function actorName(actor: string): string {
  if (actor === 'clinician') return 'You';
  if (actor === 'command line') return 'The rapport command line';
  return actor;
}

/** Every change to the record, newest first: who, when, and each field before and after. */
export function IntakeHistory({ clientId }: { clientId: string }) {
  const history = useClientHistory(clientId);
  if (history.isPending) return <p className="muted">Loading the history…</p>;
  if (history.isError) return <Alert tone="error">{history.error.message}</Alert>;
  return (
    <ol className="history" aria-label="History of changes">
      {history.data.map((entry) => (
        <HistoryEntry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}
