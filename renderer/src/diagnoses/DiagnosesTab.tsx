import { useState } from 'react';
import { CURRENT_STATUSES, type Diagnosis } from '../../../shared/diagnoses/diagnosis-contract';
import { formatDate } from '../../../shared/dates/format-date';
import { formatMoment } from '../../../shared/dates/format-moment';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { Fold } from '../ui/Fold';
import { UserText } from '../ui/UserText';
import { DiagnosisForm } from './DiagnosisForm';
import { useDiagnoses } from './diagnosis-queries';
import { FIELD_WORDS, RANK_WORDS, STATUS_WORDS } from './diagnosis-words';
import './diagnoses.css';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return String(value);
}

function History({ diagnosis }: { diagnosis: Diagnosis }) {
  return (
    <Fold
      title="History"
      summary={`${diagnosis.history.length} ${diagnosis.history.length === 1 ? 'entry' : 'entries'}`}
      level={4}
    >
      <ol className="diagnosis-history">
        {diagnosis.history.map((entry) => (
          <li key={entry.id}>
            <p className="diagnosis-history__when">
              {formatMoment(entry.at)} · {entry.actor} ·{' '}
              {entry.kind === 'added'
                ? 'recorded'
                : entry.kind === 'carried-over'
                  ? 'carried over from the billing tab'
                  : 'changed'}
            </p>
            {entry.kind === 'changed' && (
              <ul>
                {entry.changes.map((c) => (
                  <li key={c.path}>
                    {FIELD_WORDS[c.path] ?? c.path}: {shown(c.before)} → {shown(c.after)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </Fold>
  );
}

function DiagnosisItem({ diagnosis, onEdit }: { diagnosis: Diagnosis; onEdit: () => void }) {
  const d = diagnosis;
  return (
    <li className="diagnosis">
      <div className="diagnosis__head">
        <h3>
          <span className="diagnosis-code">{d.code}</span> <UserText inline text={d.title} />
        </h3>
        <ActionButton variant="quiet" onPress={onEdit}>
          Change<span className="visually-hidden"> {d.code}</span>
        </ActionButton>
      </div>
      <p className="diagnosis__facts">
        {RANK_WORDS[d.rank]} · {STATUS_WORDS[d.status]} · made {formatDate(d.madeOn)}
        {d.madeBy && (
          <>
            {' '}
            by <UserText inline text={d.madeBy} />
          </>
        )}
        {d.resolvedOn && (
          <>
            {' '}
            · {d.status === 'resolved' ? 'resolved' : 'ruled out'} {formatDate(d.resolvedOn)}
          </>
        )}
      </p>
      {d.note && <UserText text={d.note} />}
      <History diagnosis={d} />
    </li>
  );
}

/** The client page's "Diagnoses" tab: what is diagnosed now, what was, and how each changed. */
export function DiagnosesTab({ clientId }: { clientId: string }) {
  const diagnoses = useDiagnoses(clientId);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  if (!diagnoses.data)
    return diagnoses.isError ? <Alert tone="error">{diagnoses.error.message}</Alert> : null;
  const list = diagnoses.data;
  const current = list.filter((d) => CURRENT_STATUSES.includes(d.status));
  const past = list.filter((d) => !CURRENT_STATUSES.includes(d.status));
  const form = (existing: Diagnosis | null) => (
    <DiagnosisForm clientId={clientId} existing={existing} today={today()} onDone={() => setEditing(null)} />
  );
  const items = (group: Diagnosis[]) => (
    <ul className="diagnosis-list">
      {group.map((d) =>
        editing === d.id ? (
          <li key={d.id} className="diagnosis">
            <h3>
              Change <span className="diagnosis-code">{d.code}</span>
            </h3>
            {form(d)}
          </li>
        ) : (
          <DiagnosisItem key={d.id} diagnosis={d} onEdit={() => setEditing(d.id)} />
        ),
      )}
    </ul>
  );
  return (
    <div className="diagnoses-tab">
      <section className="panel" aria-labelledby="diagnoses-current">
        <div className="panel__header">
          <h2 id="diagnoses-current">Current diagnoses</h2>
          <p>The superbill and the summary print these, the primary one first.</p>
        </div>
        {current.length === 0 && <p className="muted">No current diagnosis.</p>}
        {items(current)}
        {editing === 'new' ? (
          <div className="diagnosis">
            <h3>New diagnosis</h3>
            {form(null)}
          </div>
        ) : (
          <div className="form-actions">
            <ActionButton icon="plus" onPress={() => setEditing('new')}>
              Add a diagnosis
            </ActionButton>
          </div>
        )}
      </section>
      {past.length > 0 && (
        <section className="panel" aria-labelledby="diagnoses-past">
          <div className="panel__header">
            <h2 id="diagnoses-past">Ruled out or resolved</h2>
          </div>
          {items(past)}
        </section>
      )}
    </div>
  );
}
