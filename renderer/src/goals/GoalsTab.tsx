import { useState } from 'react';
import type { Goal } from '../../../shared/goals/goal-contract';
import { GasTrendChart } from '../charts/GasTrendChart';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { AgreementDialog } from './AgreementDialog';
import { useEditorDraft } from './editor-draft';
import { GoalCard, type GoalAction } from './GoalCard';
import { ObjectiveReviewDialog } from './ObjectiveReviewDialog';
import { latestVersion } from './goal-progress';
import { useAgree, useGoalPlan } from './goals-queries';
import { PlanEditor } from './PlanEditor';
import { PlanSummary } from './PlanSummary';
import { RatingDialog } from './RatingDialog';
import { StatusDialog } from './StatusDialog';
import { goalChanges, previousVersion } from './version-changes';
import { VersionHistory } from './VersionHistory';
import { UserText } from '../ui/UserText';
import './goals.css';

type Open = { kind: 'agree' } | { kind: GoalAction; goal: Goal; number: number } | null;

/**
 * The client's goals: the current plan with its agreement, each goal on its gas-ladder with its
 * ratings, the T-score over time, and every earlier version. Editing replaces the view in place.
 */
export function GoalsTab({ clientId }: { clientId: string }) {
  const plan = useGoalPlan(clientId);
  const agree = useAgree(clientId);
  const drafts = useEditorDraft(clientId);
  // Until the clinician chooses, the tab reopens on goals they were writing and had not saved.
  const [chosen, setEditing] = useState<boolean | null>(null);
  const [open, setOpen] = useState<Open>(null);

  if (plan.isPending) return <p className="muted">Loading goals…</p>;
  if (plan.isError) return <Alert tone="error">{plan.error.message}</Alert>;

  const latest = latestVersion(plan.data);
  const editing = chosen ?? drafts.read(latest?.id ?? null) !== undefined;
  if (!latest && !editing) {
    return (
      <div className="goals-tab">
        <div className="goals-empty">
          <h2>No goals yet</h2>
          <p>
            Write the first goals together with the client, in their words. You can change them until they
            agree.
          </p>
          <ActionButton variant="primary" onPress={() => setEditing(true)}>
            Write goals together
          </ActionButton>
        </div>
      </div>
    );
  }
  if (editing || !latest) {
    const revising = latest?.agreement != null;
    return (
      <div className="goals-tab">
        <PlanEditor
          clientId={clientId}
          from={latest}
          draftId={latest && !revising ? latest.id : undefined}
          nextNumber={!latest ? 1 : revising ? latest.number + 1 : latest.number}
          onDone={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      </div>
    );
  }

  const changes = goalChanges(latest, previousVersion(plan.data.versions, latest));
  const { client, clinician } = plan.data.tScores;
  return (
    <div className="goals-tab">
      <PlanSummary
        plan={plan.data}
        version={latest}
        onEdit={() => setEditing(true)}
        onAgree={() => setOpen({ kind: 'agree' })}
      />
      {(client.length > 0 || clinician.length > 0) && (
        <section className="goals-section goals-progress" aria-labelledby="goal-progress-title">
          <h2 id="goal-progress-title" className="visually-hidden">
            Progress
          </h2>
          <GasTrendChart client={client} clinician={clinician} title="The plan’s GAS T-score over time" />
        </section>
      )}
      <section className="goals-section" aria-labelledby="goal-list-title">
        <h2 id="goal-list-title" className="visually-hidden">
          Goals
        </h2>
        {latest.goals.map((goal, i) => (
          <GoalCard
            key={goal.goalKey}
            plan={plan.data}
            goal={goal}
            number={i + 1}
            change={changes.get(goal.goalKey)}
            versionNumber={latest.number}
            onAction={(kind) => setOpen({ kind, goal, number: i + 1 })}
          />
        ))}
      </section>
      {plan.data.versions.length > 1 && <VersionHistory versions={plan.data.versions} />}
      {open?.kind === 'agree' && (
        <AgreementDialog
          subtitle={`Version ${latest.number} of the plan, ${latest.goals.length} ${latest.goals.length === 1 ? 'goal' : 'goals'}. Once recorded, this version cannot be changed.`}
          versionId={latest.id}
          agree={agree}
          onClose={() => setOpen(null)}
          onAgreed={() => {
            setOpen(null);
            // The dialog restores focus to its trigger in the next frame; move it after that, here.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => document.getElementById('goal-plan-title')?.focus()),
            );
          }}
        >
          <ol className="agreement-goals">
            {latest.goals.map((goal) => (
              <li key={goal.goalKey}>
                <UserText inline text={goal.clientWords} />
              </li>
            ))}
          </ol>
        </AgreementDialog>
      )}
      {open?.kind === 'rate' && (
        <RatingDialog
          clientId={clientId}
          goal={open.goal}
          number={open.number}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'review' && (
        <ObjectiveReviewDialog
          clientId={clientId}
          plan={plan.data}
          goal={open.goal}
          number={open.number}
          onClose={() => setOpen(null)}
        />
      )}
      {(open?.kind === 'achieved' || open?.kind === 'discontinued' || open?.kind === 'active') && (
        <StatusDialog
          clientId={clientId}
          goal={open.goal}
          number={open.number}
          status={open.kind}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
