import { useState } from 'react';
import { formatDate } from '../../../shared/dates/format-date';
import type { SafetyPlanVersion } from '../../../shared/safety-plan/safety-plan-schema';
import { AgreementDialog } from '../goals/AgreementDialog';
import { AgreementRecord } from '../goals/AgreementRecord';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { PrintSafetyPlanDialog } from './PrintSafetyPlanDialog';
import { SafetyPlanEditor } from './SafetyPlanEditor';
import { SafetyPlanLines } from './SafetyPlanLines';
import { useAgreeSafetyPlan, useSafetyPlan } from './safety-plan-queries';
import { SafetyPlanView } from './SafetyPlanView';
import { SAFETY_PLAN_SECTIONS } from '../../../shared/safety-plan/safety-plan-sections';
import '../goals/goals.css';
import './safety-plan.css';

/** Focus goes to the plan's heading once the button that opened a dialog has gone. */
function focusTitle(id: string) {
  requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById(id)?.focus()));
}

/**
 * The client's safety plan: the version agreed most recently, with its date and how the client
 * agreed, and the draft being written if there is one. Agreed versions never change; revising
 * starts the next version from the last.
 */
export function SafetyPlanTab({ clientId }: { clientId: string }) {
  const plan = useSafetyPlan(clientId);
  const agree = useAgreeSafetyPlan(clientId);
  const [editing, setEditing] = useState(false);
  const [agreeing, setAgreeing] = useState(false);
  const [printing, setPrinting] = useState<SafetyPlanVersion | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  if (plan.isPending) return <p className="muted">Loading the safety plan…</p>;
  if (plan.isError) return <Alert tone="error">{plan.error.message}</Alert>;

  const latest = plan.data.versions[0];
  const draft = latest && !latest.agreement ? latest : undefined;
  const agreed = plan.data.versions.find((v) => v.agreement !== null);
  const earlier = plan.data.versions.filter((v) => v !== draft && v !== agreed);

  if (editing) {
    return (
      <div className="safety-tab">
        <SafetyPlanEditor
          clientId={clientId}
          from={latest}
          draftId={draft?.id}
          nextNumber={draft ? draft.number : (latest?.number ?? 0) + 1}
          onDone={() => {
            setEditing(false);
            focusTitle('safety-plan-title');
          }}
        />
      </div>
    );
  }
  if (!latest) {
    return (
      <div className="safety-tab">
        <div className="goals-empty">
          <h2 id="safety-plan-title" tabIndex={-1}>
            No safety plan yet
          </h2>
          <p>
            Write it together with the client, in their words: what tells them a hard time is coming, what
            helps, who to call. It can change until they agree to it.
          </p>
          <ActionButton variant="primary" onPress={() => setEditing(true)}>
            Write a safety plan together
          </ActionButton>
        </div>
      </div>
    );
  }

  return (
    <div className="safety-tab">
      <section className="safety-tab__summary" aria-labelledby="safety-plan-title">
        <div className="safety-tab__head">
          <h2 id="safety-plan-title" tabIndex={-1}>
            Safety plan
          </h2>
          <div className="button-row">
            {draft ? (
              <>
                <ActionButton onPress={() => setEditing(true)}>Edit draft</ActionButton>
                <ActionButton variant="primary" icon="check" onPress={() => setAgreeing(true)}>
                  Record agreement
                </ActionButton>
              </>
            ) : (
              <ActionButton onPress={() => setEditing(true)}>Revise plan</ActionButton>
            )}
          </div>
        </div>
        <p className="safety-tab__status">
          {agreed
            ? `Current plan: version ${agreed.number}, agreed ${formatDate(agreed.agreement!.agreedOn)}.`
            : 'No version agreed yet.'}
          {draft && ` Version ${draft.number} is a draft, waiting for the client’s agreement.`}
        </p>
        {announcement && (
          <Alert tone="success">
            <p>{announcement}</p>
          </Alert>
        )}
      </section>

      {draft && (
        <section
          className="safety-tab__version safety-tab__version--draft"
          aria-labelledby="safety-draft-title"
        >
          <div className="safety-tab__head">
            <h3 id="safety-draft-title">
              Draft: version {draft.number} <span className="goal-tag goal-tag--draft">Not yet agreed</span>
            </h3>
            <ActionButton icon="print" onPress={() => setPrinting(draft)}>
              Print draft…
            </ActionButton>
          </div>
          <SafetyPlanView version={draft} />
        </section>
      )}

      {agreed && (
        <section className="safety-tab__version" aria-labelledby="safety-agreed-title">
          <div className="safety-tab__head">
            <h3 id="safety-agreed-title">
              Version {agreed.number} <span className="goal-tag goal-tag--agreed">Agreed</span>
            </h3>
            <ActionButton
              icon="print"
              variant={draft ? 'secondary' : 'primary'}
              onPress={() => setPrinting(agreed)}
            >
              Print for the client…
            </ActionButton>
          </div>
          <AgreementRecord agreement={agreed.agreement!} versionNumber={agreed.number} />
          <SafetyPlanView version={agreed} />
        </section>
      )}

      {earlier.length > 0 && (
        <section className="safety-tab__earlier" aria-labelledby="safety-earlier-title">
          <h3 id="safety-earlier-title">Earlier versions</h3>
          <ul>
            {earlier.map((v) => (
              <li key={v.id}>
                Version {v.number}, agreed {formatDate(v.agreement!.agreedOn)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {agreeing && draft && (
        <AgreementDialog
          subtitle={`Version ${draft.number} of the safety plan. Once recorded, this version cannot be changed.`}
          versionId={draft.id}
          agree={agree}
          onClose={() => setAgreeing(false)}
          onAgreed={() => {
            setAgreeing(false);
            focusTitle('safety-plan-title');
          }}
        >
          <div className="safety-agreement">
            {SAFETY_PLAN_SECTIONS.filter((s) => draft.sections[s.key].length > 0).map((s) => (
              <div key={s.key}>
                <p className="safety-agreement__title">{s.title}</p>
                <SafetyPlanLines items={draft.sections[s.key]} />
              </div>
            ))}
          </div>
        </AgreementDialog>
      )}
      <PrintSafetyPlanDialog
        version={
          printing && { id: printing.id, number: printing.number, agreed: printing.agreement !== null }
        }
        onClose={() => setPrinting(null)}
        onSaved={setAnnouncement}
      />
    </div>
  );
}
