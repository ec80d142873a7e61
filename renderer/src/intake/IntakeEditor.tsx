import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, type FieldErrors, type Path } from 'react-hook-form';
import type { ClientRecord } from '../../../shared/clients/client-contract';
import {
  INTAKE_STEPS,
  intakeSchema,
  type Intake,
  type IntakeInput,
  type IntakeStep,
} from '../../../shared/clients/intake-schema';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { useRefreshClients } from '../clients/clients-queries';
import { CulturalStep } from '../cultural/CulturalStep';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { SaveIndicator } from '../ui/SaveIndicator';
import { ConsentReasonForm } from './ConsentReasonForm';
import { draftSaveWords } from './draft-save-words';
import { STEP_FIELDS } from './intake-fields';
import { useDiscardDraft, useSaveIntake } from './intake-queries';
import { IntakeStepNav } from './IntakeStepNav';
import { isIntakeStep, STEP_INTROS, stepTitle } from './intake-steps';
import { isConsentRefusal, placeIntakeIssues } from './server-issues';
import { StepFields } from './StepFields';
import { useIntakeAutosave } from './use-intake-autosave';
import { IntakeRiskReviews } from '../risk/IntakeRiskReviews';

export type EditorOutcome = 'saved' | 'completed' | 'closed' | 'discarded';

interface IntakeEditorProps {
  record: ClientRecord;
  /** The step to open on; a waiting draft's own step otherwise. */
  startStep?: IntakeStep;
  onClose: (outcome: EditorOutcome) => void;
}

function stepsWithErrors(errors: FieldErrors<IntakeInput>): IntakeStep[] {
  return INTAKE_STEPS.map((s) => s.key).filter((key) => errors[key]);
}

/**
 * The intake as a form in steps. It opens on the waiting draft if there is one (so nothing typed in
 * an earlier sitting is lost), keeps the draft current as the clinician types, and saves the intake
 * itself only when asked: "Save for now", or "Finish intake", which also marks it complete.
 */
export function IntakeEditor({ record, startStep, onClose }: IntakeEditorProps) {
  const draft = record.draft;
  const baseRevision = draft ? draft.baseRevision : record.revision;
  const [step, setStep] = useState<IntakeStep>(
    () => startStep ?? (isIntakeStep(draft?.step) ? draft.step : 'identity'),
  );
  const form = useForm<IntakeInput, unknown, Intake>({
    resolver: zodResolver(intakeSchema),
    defaultValues: (draft ? draft.data : record.intake) as IntakeInput,
    mode: 'onTouched',
  });
  const { control, handleSubmit, setError, setFocus, getFieldState } = form;
  const autosave = useIntakeAutosave({ clientId: record.id, baseRevision, step, form });
  const save = useSaveIntake();
  const discard = useDiscardDraft();
  const refresh = useRefreshClients();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [consentRefusal, setConsentRefusal] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterStep = useRef<string | null>(null);
  const busy = save.isPending || discard.isPending;
  const finishing = save.isPending && save.variables?.markComplete === true;
  const savingForNow = save.isPending && !finishing;
  const completed = record.intakeCompletedAt !== null;
  const stale = draft !== null && draft.baseRevision !== record.revision;

  // A new step takes focus at its title (or at the answer that needs a look), and scrolls into view.
  useEffect(() => {
    const path = focusAfterStep.current;
    focusAfterStep.current = null;
    if (path) setFocus(path as Path<IntakeInput>);
    else heading.current?.focus();
  }, [step, setFocus]);

  function goTo(next: IntakeStep, focusPath?: string) {
    void autosave.flush();
    focusAfterStep.current = focusPath ?? null;
    setStep(next);
  }

  const saveIntake = (markComplete: boolean, withoutConsentReason = '') =>
    handleSubmit(
      async (data) => {
        setFormError(null);
        setConflict(null);
        // The draft is brought up to date first: if the save is refused, nothing typed is lost.
        await autosave.flush(true);
        save.mutate(
          { clientId: record.id, baseRevision, markComplete, withoutConsentReason, data },
          {
            onSuccess: () => {
              autosave.stop();
              onClose(markComplete ? 'completed' : 'saved');
            },
            onError: (error) => {
              if (isBridgeCallError(error) && error.code === 'CONFLICT') setConflict(error.message);
              else if (isConsentRefusal(error)) setConsentRefusal(error.message);
              else setFormError(placeIntakeIssues(error, setError));
            },
          },
        );
      },
      (errors) => {
        const steps = stepsWithErrors(errors);
        const first = steps[0];
        setFormError(
          `Some answers need a look before the intake can be saved: ${steps.map(stepTitle).join(', ')}.`,
        );
        if (!first) return;
        const path = STEP_FIELDS[first].find((f) => getFieldState(f.path as Path<IntakeInput>).invalid)?.path;
        if (first === step && path) setFocus(path as Path<IntakeInput>);
        else goTo(first, path);
      },
    )();

  async function close() {
    if (await autosave.flush()) {
      await refresh();
      onClose('closed');
    }
  }

  function discardChanges() {
    autosave.stop();
    discard.mutate(record.id, { onSuccess: () => onClose('discarded') });
  }

  function onKeyDown(event: KeyboardEvent) {
    // Ctrl/Cmd+S: the draft is saved as you type, but the shortcut confirms it now.
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void autosave.flush();
    }
  }

  const index = INTAKE_STEPS.findIndex((s) => s.key === step);
  // Nothing typed in this sitting yet, saved or waiting.
  const untouched = autosave.status.kind === 'saved' && autosave.status.savedAt === null;
  const previous = INTAKE_STEPS[index - 1];
  const next = INTAKE_STEPS[index + 1];

  return (
    <div className="intake-editor" onKeyDown={onKeyDown}>
      <div className="intake-editor__bar">
        <SaveIndicator status={autosave.status} words={draftSaveWords(draft?.savedAt ?? null)} />
        <ActionButton variant="quiet" onPress={() => void close()} isDisabled={busy}>
          {draft || !untouched ? 'Close and keep the draft' : 'Close'}
        </ActionButton>
      </div>
      {autosave.status.kind === 'failed' && (
        <Alert tone="error">
          <p>Your latest changes are not saved yet. {autosave.status.message}</p>
        </Alert>
      )}
      {stale && (
        <Alert tone="warning">
          <p>
            This draft was started before the intake was last saved. Saving it will be refused so that neither
            version is lost without you seeing it.
          </p>
        </Alert>
      )}
      <div className="intake-editor__body">
        <IntakeStepNav control={control} current={step} onSelect={(s) => goTo(s)} />
        <form
          className="intake-editor__step"
          aria-labelledby="intake-step-title"
          onSubmit={(event) => event.preventDefault()}
          onBlur={() => void autosave.flush()}
          noValidate
        >
          <header className="intake-editor__step-header">
            <p className="intake-editor__step-count">
              Step {index + 1} of {INTAKE_STEPS.length}
            </p>
            <h2 id="intake-step-title" ref={heading} tabIndex={-1}>
              {stepTitle(step)}
            </h2>
            {STEP_INTROS[step] && <p className="muted">{STEP_INTROS[step]}</p>}
          </header>
          {step === 'cultural' ? (
            <CulturalStep form={form} isReadOnly={busy} />
          ) : (
            <StepFields control={control} fields={STEP_FIELDS[step]} isReadOnly={busy} />
          )}
          {step === 'risk' && <IntakeRiskReviews clientId={record.id} />}
          <div className="intake-editor__stepper">
            {previous && (
              <ActionButton onPress={() => goTo(previous.key)}>Back: {previous.title}</ActionButton>
            )}
            {next && <ActionButton onPress={() => goTo(next.key)}>Next: {next.title}</ActionButton>}
          </div>
        </form>
      </div>
      <div className="intake-editor__footer">
        {formError && <Alert tone="error">{formError}</Alert>}
        {conflict && (
          <Alert tone="error">
            <p>{conflict}</p>
            <p>
              Your changes are still in the draft. To continue from the latest version, discard the draft.
            </p>
          </Alert>
        )}
        {discard.isError && <Alert tone="error">{discard.error.message}</Alert>}
        {consentRefusal ? (
          <ConsentReasonForm
            message={consentRefusal}
            isPending={finishing}
            onFinish={(reason) => saveIntake(true, reason)}
            onCancel={() => setConsentRefusal(null)}
          />
        ) : confirmingDiscard ? (
          <div className="form-actions">
            <p className="form-hint">Discard every change since the intake was last saved?</p>
            <ActionButton
              variant="danger"
              onPress={discardChanges}
              isPending={discard.isPending}
              pendingLabel="Discarding…"
            >
              Discard changes
            </ActionButton>
            <ActionButton variant="primary" onPress={() => setConfirmingDiscard(false)}>
              Keep editing
            </ActionButton>
          </div>
        ) : (
          <div className="form-actions">
            {completed ? (
              <ActionButton
                variant="primary"
                onPress={() => saveIntake(false)}
                isPending={savingForNow}
                isDisabled={busy && !savingForNow}
                pendingLabel="Saving…"
              >
                Save changes
              </ActionButton>
            ) : (
              <>
                <ActionButton
                  variant="primary"
                  onPress={() => saveIntake(true)}
                  isPending={finishing}
                  isDisabled={busy && !finishing}
                  pendingLabel="Saving…"
                >
                  Finish intake
                </ActionButton>
                <ActionButton
                  onPress={() => saveIntake(false)}
                  isPending={savingForNow}
                  isDisabled={busy && !savingForNow}
                  pendingLabel="Saving…"
                >
                  Save for now
                </ActionButton>
              </>
            )}
            <ActionButton variant="quiet" onPress={() => setConfirmingDiscard(true)} isDisabled={busy}>
              Discard changes
            </ActionButton>
          </div>
        )}
      </div>
    </div>
  );
}
