import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { formatMoney } from '../../../../shared/billing/money';
import {
  usFormMessage,
  type SuperbillDocumentData,
  type SuperbillGap,
} from '../../../../shared/billing/superbill-contract';
import { formatDate } from '../../../../shared/dates/format-date';
import { todayIn } from '../../../../shared/dates/practice-time';
import { useClientPage } from '../../clients/client-page-context';
import { useNavigate } from '../../navigation/routes';
import { PdfFileChoices } from '../../pdf-export/PdfFileChoices';
import { savedMessage } from '../../pdf-export/saved-message';
import { ActionButton } from '../../ui/ActionButton';
import { Alert } from '../../ui/Alert';
import { FormTextField } from '../../ui/FormTextField';
import { TaskDialog } from '../../ui/TaskDialog';
import { CheckboxField } from '../../ui/CheckboxField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import {
  defaultSuperbillForm,
  periodHint,
  periodOf,
  quickPeriod,
  superbillForm,
  toOptions,
  toRequest,
  type PeriodChoice,
  type SuperbillForm,
} from './superbill-form';
import { useExportSuperbill, useSuperbillPreview } from './superbill-queries';
import { SuperbillPreview } from './SuperbillPreview';
import './superbill-dialog.css';

interface SuperbillDialogProps {
  isOpen: boolean;
  clientId: string;
  /** The practice's time zone: "last month" is the practice's last calendar month. */
  zone: string;
  onClose: () => void;
  /** Called with what to announce once the file is written. */
  onSaved: (message: string) => void;
}

/**
 * "Superbill…": choose a period, see what the superbill holds and what it lacks (and where to add
 * it), then save it as a PDF through the system save dialog, protected with a password if chosen.
 */
export function SuperbillDialog({ isOpen, onClose, ...props }: SuperbillDialogProps) {
  const exporter = useExportSuperbill();
  return (
    <TaskDialog
      title="Superbill"
      subtitle="For a client who claims from their insurer: the sessions they attended in a period, with codes, fees and payments."
      width="wide"
      subject={isOpen ? props.clientId : null}
      task={exporter}
      onClose={onClose}
    >
      {(_, close) => <SuperbillChooser {...props} onClose={close} exporter={exporter} />}
    </TaskDialog>
  );
}

/** What the superbill holds for the period, and what it lacks with where to add it. */
function Contents({
  document,
  onOpenIntake,
  onOpenSettings,
  children,
}: {
  document: SuperbillDocumentData;
  onOpenIntake: () => void;
  onOpenSettings: () => void;
  /** The choices the gaps call for: a draft, printing a US form for another currency. */
  children: ReactNode;
}) {
  const money = (minor: number) => formatMoney(minor, document.currency);
  const blocking = document.gaps.filter((g) => g.blocking);
  const missing = document.gaps.filter((g) => !g.blocking && !g.draftOnly);
  const opens = (where: SuperbillGap['where']) => document.gaps.some((g) => !g.blocking && g.where === where);
  const sessions = document.services.length;
  return (
    <>
      <div className="superbill-dialog__contents" aria-live="polite">
        <p className="superbill-dialog__period">
          {formatDate(document.period.from)} to {formatDate(document.period.to)}
        </p>
        <dl>
          <div>
            <dt>Attended sessions</dt>
            <dd>{sessions}</dd>
          </div>
          <div>
            <dt>Charged</dt>
            <dd>{money(document.totals.chargedMinor)}</dd>
          </div>
          <div>
            <dt>Paid by the client</dt>
            <dd>{money(document.totals.paidMinor)}</dd>
          </div>
        </dl>
      </div>
      {blocking.length > 0 && (
        <Alert tone="info">
          <p>No superbill can be made for this period yet:</p>
          <ul className="superbill-dialog__gaps">
            {blocking.map((gap) => (
              <li key={gap.key}>{gap.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {children}
      {missing.length > 0 && (
        <Alert tone="warning">
          <p>The superbill can be saved, but insurers may refuse it without:</p>
          <ul className="superbill-dialog__gaps">
            {missing.map((gap) => (
              <li key={gap.key}>{gap.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {(opens('intake') || opens('practice')) && (
        <div className="button-row">
          {opens('intake') && <ActionButton onPress={onOpenIntake}>Open the intake</ActionButton>}
          {opens('practice') && <ActionButton onPress={onOpenSettings}>Open Settings</ActionButton>}
        </div>
      )}
    </>
  );
}

function SuperbillChooser({
  clientId,
  zone,
  onClose,
  onSaved,
  exporter,
}: Omit<SuperbillDialogProps, 'isOpen'> & { exporter: ReturnType<typeof useExportSuperbill> }) {
  const page = useClientPage();
  const navigate = useNavigate();
  const [today] = useState(() => todayIn(zone));
  const { control, handleSubmit, resetField, setValue } = useForm<SuperbillForm>({
    resolver: zodResolver(superbillForm),
    defaultValues: defaultSuperbillForm(today),
  });
  const form = useWatch({ control }) as SuperbillForm;
  const period = periodOf(form, today);
  const preview = useSuperbillPreview(period ? toOptions(clientId, period, form) : null);
  const document = preview.data;
  const busy = exporter.isPending;
  const claimGaps = document?.gaps.filter((g) => g.draftOnly) ?? [];
  const foreign = Boolean(document && document.currency !== 'USD');
  const canSave =
    Boolean(document && period) &&
    !document?.gaps.some((g) => g.blocking) &&
    (claimGaps.length === 0 || form.draft) &&
    (!foreign || form.allowNonUs);

  const choosePeriod = (choice: PeriodChoice) => {
    setValue('period', choice);
    if (choice === 'dates') return;
    // The dates start from the last quick choice, so "Other dates" begins from what was shown.
    const { from, to } = quickPeriod(choice, today);
    setValue('from', from);
    setValue('to', to);
  };
  const onSubmit = handleSubmit((values) => {
    const chosen = periodOf(values, today);
    if (busy || !chosen || !canSave) return;
    exporter.mutate(toRequest(clientId, chosen, values), {
      onSuccess: (saved) => {
        if (saved.status !== 'saved') return;
        onSaved(savedMessage(saved, { what: 'Superbill', pages: true }));
      },
      // The password has done its job: it is not kept in the form for the next export.
      onSettled: () => {
        resetField('password');
        resetField('confirmation');
      },
    });
  });

  return (
    <Form className="superbill-dialog" onSubmit={onSubmit} validationBehavior="aria" aria-label="Superbill">
      <ChoiceGroup<PeriodChoice>
        label="Period"
        orientation="horizontal"
        value={form.period}
        onChange={choosePeriod}
        isDisabled={busy}
        options={[
          { value: 'last-month', label: 'Last month', hint: periodHint('last-month', today) },
          { value: 'this-month', label: 'This month', hint: periodHint('this-month', today) },
          { value: 'this-year', label: 'This year', hint: periodHint('this-year', today) },
          { value: 'dates', label: 'Other dates' },
        ]}
      />
      {form.period === 'dates' && (
        <div className="superbill-dialog__dates">
          <FormTextField control={control} name="from" label="From" type="date" isReadOnly={busy} />
          <FormTextField control={control} name="to" label="To" type="date" isReadOnly={busy} />
        </div>
      )}
      {preview.isError && <Alert tone="error">{preview.error.message}</Alert>}
      {document && (
        <Contents
          document={document}
          onOpenIntake={() => {
            onClose();
            page.selectTab('intake', 'edit-intake');
          }}
          onOpenSettings={() => {
            onClose();
            navigate({ page: 'settings' });
          }}
        >
          {claimGaps.length > 0 && (
            <Alert tone="warning">
              <p>An insurer would reject this superbill. It needs:</p>
              <ul className="superbill-dialog__gaps">
                {claimGaps.map((gap) => (
                  <li key={gap.key}>{gap.message}</li>
                ))}
              </ul>
              <Controller
                control={control}
                name="draft"
                render={({ field }) => (
                  <CheckboxField isSelected={field.value} onChange={field.onChange} isDisabled={busy}>
                    Make a draft instead, marked DRAFT on every page
                  </CheckboxField>
                )}
              />
            </Alert>
          )}
          {foreign && (
            <Alert tone="warning">
              <p>{usFormMessage(document.currency)}</p>
              <Controller
                control={control}
                name="allowNonUs"
                render={({ field }) => (
                  <CheckboxField isSelected={field.value} onChange={field.onChange} isDisabled={busy}>
                    Print this US form anyway
                  </CheckboxField>
                )}
              />
            </Alert>
          )}
        </Contents>
      )}
      {document && document.services.length > 0 && <SuperbillPreview document={document} />}
      <PdfFileChoices
        control={control}
        print={exporter}
        firstPaper="Letter"
        handOver="tell the client another way, for example in the session."
        canSave={canSave}
        saveLabel="Save superbill as PDF…"
        onCancel={onClose}
      />
    </Form>
  );
}
