import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, type FieldPath, type Resolver } from 'react-hook-form';
import type { SafetyPlanVersion } from '../../../shared/safety-plan/safety-plan-schema';
import { SAFETY_PLAN_SECTIONS } from '../../../shared/safety-plan/safety-plan-sections';
import { applyServerError } from '../forms/apply-server-error';
import { usePractice } from '../practice/practice-queries';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { fieldPaths, safetyPlanForm, valuesFromVersion, type SafetyPlanFormValues } from './safety-plan-form';
import { useSaveSafetyPlan } from './safety-plan-queries';
import { SectionLinesEditor } from './SectionLinesEditor';
import './safety-plan.css';

interface SafetyPlanEditorProps {
  clientId: string;
  /** The version the plan starts from: the draft being edited, or the agreed one being revised. */
  from: SafetyPlanVersion | undefined;
  /** The draft edited in place; absent when this save starts a new version. */
  draftId: string | undefined;
  nextNumber: number;
  onDone: () => void;
}

/**
 * Writing the safety plan with the client, in their words: seven parts, each a short list. Saving
 * keeps the version a draft until the client's agreement is recorded.
 */
export function SafetyPlanEditor({ clientId, from, draftId, nextNumber, onDone }: SafetyPlanEditorProps) {
  const save = useSaveSafetyPlan(clientId);
  const practice = usePractice();
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, getValues, formState } = useForm<
    SafetyPlanFormValues,
    unknown,
    SafetyPlanFormValues
  >({
    // The form always holds every section and phone filled in; the schema also accepts them left out.
    resolver: zodResolver(safetyPlanForm) as unknown as Resolver<SafetyPlanFormValues>,
    defaultValues: valuesFromVersion(from),
  });
  const contact = practice.data?.phone
    ? {
        text: practice.data.practiceName || practice.data.clinicianName || 'My therapist',
        phone: practice.data.phone,
      }
    : null;
  const isRevision = from?.agreement != null;

  const onSubmit = handleSubmit((values) => {
    if (save.isPending) return;
    setFormError(null);
    save.mutate(
      { clientId, versionId: draftId, sections: values.sections },
      {
        onSuccess: onDone,
        onError: (error) =>
          setFormError(
            applyServerError(error, fieldPaths(getValues()) as FieldPath<SafetyPlanFormValues>[], setError),
          ),
      },
    );
  });

  const wholeError = formState.errors.sections?.message ?? formState.errors.sections?.root?.message;
  return (
    <Form
      className="safety-editor"
      onSubmit={onSubmit}
      validationBehavior="aria"
      aria-labelledby="safety-editor-title"
    >
      <header className="safety-editor__header">
        <h2 id="safety-editor-title">
          {isRevision
            ? `Revising the safety plan: version ${nextNumber}`
            : draftId
              ? `Editing version ${nextNumber}`
              : 'Writing the safety plan together'}
        </h2>
        <p className="muted">
          {isRevision
            ? `Version ${from!.number} stays on record as it was agreed. Change what you have talked through; the client agrees to the new version afterwards.`
            : 'Write each line the way the client says it. Nothing is final until the client’s agreement is recorded.'}
        </p>
      </header>
      <div className="safety-editor__sections">
        {SAFETY_PLAN_SECTIONS.map((section, i) => (
          <SectionLinesEditor
            key={section.key}
            control={control}
            section={section}
            number={i + 1}
            practiceContact={contact}
          />
        ))}
      </div>
      {wholeError && <Alert tone="error">{wholeError}</Alert>}
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={save.isPending} pendingLabel="Saving…">
          Save safety plan
        </ActionButton>
        <ActionButton variant="secondary" onPress={onDone} isDisabled={save.isPending}>
          Cancel
        </ActionButton>
        <p className="form-hint">After saving, record the client’s agreement.</p>
      </div>
    </Form>
  );
}
