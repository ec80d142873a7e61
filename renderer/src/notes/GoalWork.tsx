import { useCallback, useId } from 'react';
import { GAS_LEVEL_LABELS, GAS_LEVELS, type GasLevel } from '../../../shared/goals/gas';
import type { Goal, GoalPlan } from '../../../shared/goals/goal-contract';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { signedLevel } from '../charts/chart-descriptions';
import { currentStatus, isClosed, latestVersion } from '../goals/goal-progress';
import { useGoalPlan } from '../goals/goals-queries';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { useDraft, type DraftStore } from './draft-store';
import { NoteTextArea } from './NoteTextArea';
import './goal-work.css';
import { UserText } from '../ui/UserText';

type Work = NoteContent['goalWork'][number];

/** The goals a session can work on: the open goals of the current plan, plus any this note already links. */
function goalsFor(plan: GoalPlan, linked: readonly Work[]): Goal[] {
  const current = (latestVersion(plan)?.goals ?? []).filter(
    (g) => !isClosed(currentStatus(plan, g.goalKey)) || linked.some((w) => w.goalKey === g.goalKey),
  );
  const older = linked
    .filter((w) => !current.some((g) => g.goalKey === w.goalKey))
    .map((w) => plan.versions.flatMap((v) => v.goals).find((g) => g.goalKey === w.goalKey))
    .filter((g): g is Goal => g !== undefined);
  return [...current, ...older];
}

function GoalEntry({
  store,
  goal,
  work,
  onBlur,
}: {
  store: DraftStore;
  goal: Goal;
  work: Work | undefined;
  onBlur: () => void;
}) {
  const levelLabel = useId();
  const setWork = (change: (w: Work) => Work) =>
    store.update((c) => ({
      ...c,
      goalWork: c.goalWork.map((w) => (w.goalKey === goal.goalKey ? change(w) : w)),
    }));
  const link = (on: boolean) =>
    store.update((c) => ({
      ...c,
      goalWork: on
        ? [...c.goalWork, { goalKey: goal.goalKey, note: '', level: null }]
        : c.goalWork.filter((w) => w.goalKey !== goal.goalKey),
    }));
  return (
    <li className="goal-work__goal">
      <CheckboxField isSelected={work !== undefined} onChange={link}>
        <UserText inline text={goal.clientWords} />
      </CheckboxField>
      {work && (
        <div className="goal-work__detail">
          <NoteTextArea
            size="small"
            label="What you worked on"
            value={work.note}
            onChange={(note) => setWork((w) => ({ ...w, note }))}
            onBlur={onBlur}
          />
          <div className="goal-work__levels">
            <span className="note-text__label" id={levelLabel}>
              Where the client is now (GAS)
            </span>
            <ChoiceGroup
              look="segments"
              labelledBy={levelLabel}
              orientation="vertical"
              allowEmpty
              options={[...GAS_LEVELS].reverse().map((level) => ({
                value: String(level),
                label: `${signedLevel(level)} ${GAS_LEVEL_LABELS[level]}: ${goal.levels[String(level) as '0']}`,
              }))}
              value={work.level === null ? null : String(work.level)}
              onChange={(value) =>
                setWork((w) => ({ ...w, level: value === null ? null : (Number(value) as GasLevel) }))
              }
            />
          </div>
        </div>
      )}
    </li>
  );
}

function GoalList({
  store,
  goals,
  linked,
  onBlur,
}: {
  store: DraftStore;
  goals: Goal[];
  linked: readonly Work[];
  onBlur: () => void;
}) {
  if (goals.length === 0)
    return (
      <p className="muted">No goals in the plan yet. Goals written on the Goals tab can be linked here.</p>
    );
  return (
    <ul className="goal-work__list">
      {goals.map((goal) => (
        <GoalEntry
          key={goal.goalKey}
          store={store}
          goal={goal}
          work={linked.find((w) => w.goalKey === goal.goalKey)}
          onBlur={onBlur}
        />
      ))}
    </ul>
  );
}

/** GIRP's link to the plan: which goals the session worked on, and a GAS rating for each if made. */
export function GoalWork({
  store,
  clientId,
  onBlur,
}: {
  store: DraftStore;
  clientId: string;
  onBlur: () => void;
}) {
  const headingId = useId();
  const plan = useGoalPlan(clientId);
  const linked = useDraft(
    store,
    useCallback((c: NoteContent) => c.goalWork, []),
  );
  return (
    <section className="goal-work" aria-labelledby={headingId}>
      <div className="goal-work__header">
        <h4 id={headingId}>Goals worked on</h4>
        <p className="muted">A GAS rating recorded here joins the goal’s progress when you sign the note.</p>
      </div>
      {plan.isPending && <p className="muted">Loading the plan…</p>}
      {plan.isError && <Alert tone="error">{plan.error.message}</Alert>}
      {plan.data && (
        <GoalList store={store} goals={goalsFor(plan.data, linked)} linked={linked} onBlur={onBlur} />
      )}
    </section>
  );
}
