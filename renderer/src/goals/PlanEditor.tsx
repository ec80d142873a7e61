import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Form } from 'react-aria-components';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import type { PlanVersion } from '../../../shared/goals/goal-contract';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useEditorDraft } from './editor-draft';
import { FormDateField } from './FormDateField';
import { GoalEditor } from './GoalEditor';
import { useSaveVersion } from './goals-queries';
import { SessionsEditor } from './SessionsEditor';
import {
  emptyGoal,
  planFormSchema,
  valuesFromVersion,
  type PlanFormInput,
  type PlanFormOutput,
} from './plan-form';
import './plan-editor.css';

interface PlanEditorProps {
  clientId: string;
  /** The version the goals start from: the draft being edited, or the agreed one being revised. */
  from: PlanVersion | undefined;
  /** The draft being edited in place; absent when this save starts a new version. */
  draftId: string | undefined;
  nextNumber: number;
  onDone: () => void;
  onCancel?: () => void;
}

/** Every field path of the form as it stands, so the main side's complaints land under their fields. */
function fieldPaths(values: PlanFormInput): FieldPath<PlanFormInput>[] {
  const paths: string[] = ['reviewDate', 'goals', 'sessions.frequency', 'sessions.minutes', 'sessions.weeks'];
  (values.involved ?? []).forEach((_, i) => paths.push(`involved.${i}.name`, `involved.${i}.role`));
  values.goals.forEach((goal, i) => {
    for (const key of ['clientWords', 'clinicianFraming', 'whyItMatters', 'linkedConcern', 'strengths']) {
      paths.push(`goals.${i}.${key}`);
    }
    paths.push(`goals.${i}.targetDate`, `goals.${i}.weight`, `goals.${i}.baseline`);
    for (const level of ['-2', '-1', '0', '1', '2']) paths.push(`goals.${i}.levels.${level}`);
    (goal.steps ?? []).forEach((_, j) =>
      paths.push(`goals.${i}.steps.${j}.text`, `goals.${i}.steps.${j}.who`),
    );
    (goal.objectives ?? []).forEach((_, j) =>
      paths.push(`goals.${i}.objectives.${j}.text`, `goals.${i}.objectives.${j}.gasLevel`),
    );
    paths.push(`goals.${i}.interventions.modalities`, `goals.${i}.interventions.detail`);
  });
  return paths as FieldPath<PlanFormInput>[];
}

/**
 * Writing the goals together, in the room: the client's words first and large, the gas-ladder of five
 * outcomes in their words, steps with who does what. Saving keeps the version a draft until the
 * client's agreement is recorded.
 */
export function PlanEditor({ clientId, from, draftId, nextNumber, onDone, onCancel }: PlanEditorProps) {
  const save = useSaveVersion(clientId);
  const drafts = useEditorDraft(clientId);
  const fromVersionId = from?.id ?? null;
  const [resumed] = useState(() => drafts.read(fromVersionId));
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, getValues, formState, subscribe } = useForm<
    PlanFormInput,
    unknown,
    PlanFormOutput
  >({
    resolver: zodResolver(planFormSchema),
    defaultValues: resumed?.values ?? valuesFromVersion(from),
  });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => drafts.keep({ fromVersionId, values: structuredClone(values) }),
      }),
    [subscribe, drafts, fromVersionId],
  );
  const goals = useFieldArray({ control, name: 'goals' });
  const isRevision = from?.agreement != null;

  const onSubmit = handleSubmit((values) => {
    if (save.isPending) return;
    setFormError(null);
    save.mutate(
      { clientId, versionId: draftId, ...values },
      {
        onSuccess: () => {
          drafts.discard();
          onDone();
        },
        onError: (error) => setFormError(applyServerError(error, fieldPaths(getValues()), setError)),
      },
    );
  });

  const title = isRevision
    ? `Revising the plan: version ${nextNumber}`
    : draftId
      ? `Editing version ${nextNumber}`
      : 'Writing goals together';
  return (
    <Form
      className="plan-editor"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="plan-editor-title"
    >
      <header className="plan-editor__header">
        <h2 id="plan-editor-title">{title}</h2>
        <p className="muted">
          {isRevision
            ? `Version ${from!.number} stays on record as it was agreed. Change what you have talked through; the client agrees to the new version afterwards.`
            : 'Write each goal the way the client puts it. Nothing is final until the client’s agreement is recorded.'}
        </p>
      </header>
      {resumed && (
        <Alert tone="info">
          <p>Your unsaved changes are back as you left them. Save the plan to keep them.</p>
        </Alert>
      )}
      <ol className="plan-editor__goals">
        {goals.fields.map((field, index) => (
          <li key={field.id}>
            <GoalEditor
              control={control}
              index={index}
              count={goals.fields.length}
              onMove={(to) => goals.move(index, to)}
              onRemove={() => goals.remove(index)}
            />
          </li>
        ))}
      </ol>
      <div>
        <ActionButton
          onPress={() => goals.append(emptyGoal(), { focusName: `goals.${goals.fields.length}.clientWords` })}
        >
          Add another goal
        </ActionButton>
      </div>
      {formState.errors.goals?.root?.message || formState.errors.goals?.message ? (
        <Alert tone="error">{formState.errors.goals?.root?.message ?? formState.errors.goals?.message}</Alert>
      ) : null}
      <section className="plan-editor__footer" aria-label="Sessions and who is involved">
        <SessionsEditor control={control} />
      </section>
      <section className="plan-editor__footer" aria-label="Review and save">
        <FormDateField
          control={control}
          name="reviewDate"
          label="Review the plan by"
          description="The client’s name appears on the home screen when the review is near."
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="form-actions">
          <ActionButton type="submit" variant="primary" isPending={save.isPending} pendingLabel="Saving…">
            Save plan
          </ActionButton>
          {onCancel && (
            <ActionButton
              variant="secondary"
              onPress={() => {
                drafts.discard();
                onCancel();
              }}
              isDisabled={save.isPending}
            >
              Cancel
            </ActionButton>
          )}
          <p className="form-hint">After saving, record the client’s agreement.</p>
        </div>
      </section>
    </Form>
  );
}
