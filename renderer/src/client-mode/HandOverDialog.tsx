import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Form, Label, Text } from 'react-aria-components';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { startClientModeInput } from '../../../shared/client-mode/client-mode-contract';
import {
  CONSENT_KIND_LABELS,
  CONSENT_KINDS,
  isRelease,
  type ConsentKind,
} from '../../../shared/consent/consent-kinds';
import { formatDate } from '../../../shared/dates/format-date';
import { INSTRUMENTS } from '../../../shared/measures/registry';
import { useClientConsent, useConsentTemplates } from '../consent/consent-queries';
import { useClientMeasures } from '../measures/measure-queries';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CheckboxField } from '../ui/CheckboxField';
import { Icon } from '../ui/Icon';
import { ModalDialog } from '../ui/ModalDialog';
import { useStartClientMode } from './client-mode-queries';
import { HandOverReleases } from './HandOverReleases';
import '../ui/checkbox.css';
import './hand-over.css';

type Input = z.input<typeof startClientModeInput>;
type Output = z.output<typeof startClientModeInput>;

interface HandOverDialogProps {
  clientId: string;
  /** The draft note whose session feedback can be asked for, or null from the client's page. */
  noteId: string | null;
  isOpen: boolean;
  onClose: () => void;
  /** Runs before the laptop is handed over (the note is saved first); false stops the hand-over. */
  beforeStart?: () => Promise<boolean>;
}

/**
 * Before the laptop goes to the client: what they will do. The measures due from the schedule
 * come ticked, any other can be added; documents with a written template can be signed, and
 * releases of information, one per recipient, once the clinician has said to whom and until when.
 */
export function HandOverDialog(props: HandOverDialogProps) {
  return (
    <ModalDialog
      title="Hand the laptop to the client"
      subtitle="Choose what the client does. They see only these, and you need your passphrase to come back."
      isOpen={props.isOpen}
      onClose={props.onClose}
      width="wide"
    >
      <ChooseSteps {...props} />
    </ModalDialog>
  );
}

function ChooseSteps({ clientId, noteId, onClose, beforeStart }: HandOverDialogProps) {
  const measures = useClientMeasures(clientId);
  const templates = useConsentTemplates();
  const consent = useClientConsent(clientId);
  if (measures.isError) return <Alert tone="error">{measures.error.message}</Alert>;
  if (!measures.data || !templates.data || !consent.data) return null;
  const due = measures.data.due.map((d) => d.instrumentId);
  const written = CONSENT_KINDS.filter((k) => templates.data.some((t) => t.kind === k));
  const signedOn = new Map(consent.data.status.map((s) => [s.kind, s.signedOn]));
  return (
    <StepsForm
      clientId={clientId}
      noteId={noteId}
      due={due}
      kinds={written.filter((k) => !isRelease(k))}
      releases={written.some(isRelease)}
      signedOn={signedOn}
      onClose={onClose}
      beforeStart={beforeStart}
    />
  );
}

function StepsForm({
  clientId,
  noteId,
  due,
  kinds,
  releases,
  signedOn,
  onClose,
  beforeStart,
}: Omit<HandOverDialogProps, 'isOpen'> & {
  due: string[];
  /** The documents signed once each (releases excepted), with a template written. */
  kinds: readonly ConsentKind[];
  /** Whether a release template is written. */
  releases: boolean;
  signedOn: Map<string, string | null | undefined>;
}) {
  const start = useStartClientMode();
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(startClientModeInput),
    defaultValues: { clientId, noteId, measures: due, documents: [] },
  });
  const documents = useFieldArray({ control, name: 'documents' });
  const tooMany = formState.errors.documents?.root?.message ?? formState.errors.documents?.message;
  // The documents signed once come first, in their usual order, then the releases as added: a
  // ticked box is put in its place among the first, so the releases' rows keep theirs.
  function chooseKinds(chosen: readonly ConsentKind[]) {
    const held = documents.fields.map((f) => f.kind);
    const dropped = held.findIndex((k) => !isRelease(k) && !chosen.includes(k));
    if (dropped >= 0) return documents.remove(dropped);
    const added = kinds.find((k) => chosen.includes(k) && !held.includes(k));
    if (!added) return;
    const at = kinds.filter((k) => k === added || held.includes(k)).indexOf(added);
    documents.insert(at, { kind: added, recipient: '', expiresOn: '' }, { shouldFocus: false });
  }
  const onSubmit = handleSubmit(async (values) => {
    if (start.isPending) return;
    setProblem(null);
    if (beforeStart && !(await beforeStart())) {
      setProblem('The note could not be saved, so the laptop was not handed over.');
      return;
    }
    start.mutate(values, { onError: (error) => setProblem(error.message) });
  });
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="What the client does">
      <Controller
        control={control}
        name="measures"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            className="handover-group"
            value={field.value ?? []}
            onChange={field.onChange}
            isInvalid={fieldState.invalid}
            validationBehavior="aria"
          >
            <Label className="handover-group__label">Questionnaires</Label>
            <Text slot="description" className="field__description">
              Those due from the client’s schedule are ticked.
            </Text>
            {[...INSTRUMENTS.values()].map((instrument) => (
              <Choice
                key={instrument.id}
                value={instrument.id}
                label={instrument.name}
                description={due.includes(instrument.id) ? 'Due now' : undefined}
              />
            ))}
            <FieldError className="field__error">{fieldState.error?.message}</FieldError>
          </CheckboxGroup>
        )}
      />
      {noteId !== null && (
        <Controller
          control={control}
          name="noteId"
          render={({ field }) => (
            <CheckboxField
              isSelected={field.value !== null}
              onChange={(selected) => field.onChange(selected ? noteId : null)}
            >
              Feedback on today’s session
            </CheckboxField>
          )}
        />
      )}
      {kinds.length > 0 && (
        <CheckboxGroup
          className="handover-group"
          value={documents.fields.filter((d) => !isRelease(d.kind)).map((d) => d.kind)}
          onChange={(chosen) => chooseKinds(kinds.filter((k) => chosen.includes(k)))}
        >
          <Label className="handover-group__label">Documents to read and sign</Label>
          {kinds.map((kind) => {
            const on = signedOn.get(kind);
            return (
              <Choice
                key={kind}
                value={kind}
                label={CONSENT_KIND_LABELS[kind]}
                description={on ? `Signed ${formatDate(on)}` : 'Not signed yet'}
              />
            );
          })}
        </CheckboxGroup>
      )}
      {releases && <HandOverReleases control={control} documents={documents} isReadOnly={start.isPending} />}
      {tooMany && <Alert tone="error">{tooMany}</Alert>}
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="form-actions">
        <ActionButton
          type="submit"
          variant="primary"
          isPending={start.isPending}
          pendingLabel="Handing over…"
        >
          Hand over now
        </ActionButton>
        <ActionButton onPress={onClose} isDisabled={start.isPending}>
          Cancel
        </ActionButton>
      </div>
    </Form>
  );
}

function Choice({ value, label, description }: { value: string; label: string; description?: string }) {
  return (
    <Checkbox className="checkbox handover-choice" value={value}>
      {({ isSelected }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            {isSelected && <Icon name="check" size={16} />}
          </span>
          <span className="checkbox__label">
            <span>{label}</span>
            {description && <span className="handover-choice__description">{description}</span>}
          </span>
        </>
      )}
    </Checkbox>
  );
}
