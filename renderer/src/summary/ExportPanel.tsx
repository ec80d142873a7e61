import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef } from 'react';
import { Form, Label, ProgressBar } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { selectSummary } from '../../../shared/summary/select-summary';
import { PasswordChoice } from '../pdf-export/PasswordChoice';
import { SavePdfFooter } from '../pdf-export/SavePdfFooter';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { isLetterheadEmpty } from '../../../shared/practice/letterhead-empty';
import {
  purposeChoices,
  SUMMARY_PURPOSES,
  type SummaryPurpose,
} from '../../../shared/summary/summary-purposes';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { DEFAULT_EXPORT_FORM, exportForm, toOptions, toRequest, type ExportForm } from './export-form';
import { PeriodAndPaper } from './PeriodAndPaper';
import { SectionChoices } from './SectionChoices';
import { useExportSummary, useSummarySource } from './summary-queries';
import { SummaryPreview } from './SummaryPreview';
import './export-panel.css';

function ExportProgress() {
  return (
    <ProgressBar className="export-progress" isIndeterminate>
      <Label>Making the summary: choose where to save it, then Rapport prints and protects it.</Label>
      <div className="export-progress__track">
        <div className="export-progress__bar" />
      </div>
    </ProgressBar>
  );
}

/**
 * The client page's "Export summary": choose sections, domains, period, paper and protection, see
 * the summary exactly as it will print, then save it through the system save dialog.
 */
export function ExportPanel({ clientId }: { clientId: string }) {
  const source = useSummarySource(clientId);
  const exporter = useExportSummary();
  const { control, handleSubmit, resetField, setValue } = useForm<ExportForm>({
    resolver: zodResolver(exportForm),
    defaultValues: DEFAULT_EXPORT_FORM,
  });
  const form = useWatch({ control }) as ExportForm;
  const document = useMemo(
    () =>
      source.data
        ? selectSummary(source.data, toOptions(clientId, { ...DEFAULT_EXPORT_FORM, ...form }))
        : null,
    [source.data, clientId, form],
  );
  const onSubmit = handleSubmit((values) => {
    if (exporter.isPending) return;
    exporter.mutate(toRequest(clientId, values), {
      // The password has done its job: it is not kept in the form for the next export.
      onSettled: () => {
        resetField('password');
        resetField('confirmation');
      },
    });
  });
  const busy = exporter.isPending;
  const result = exporter.data;
  const preview = useRef<HTMLElement>(null);

  return (
    <div className="export-panel">
      <div className="export-panel__layout">
        <Form
          className="export-panel__form"
          onSubmit={onSubmit}
          validationBehavior="aria"
          aria-label="Export summary"
        >
          <ChoiceGroup<SummaryPurpose | 'custom'>
            label="Who is it for?"
            orientation="vertical"
            value={form.purpose}
            isDisabled={busy}
            onChange={(purpose) => {
              setValue('purpose', purpose);
              if (purpose === 'custom') return;
              // A starting point only: every section and domain can still be changed below.
              const choices = purposeChoices(purpose);
              setValue('sections', choices.sections, { shouldValidate: true });
              setValue('culturalDomains', choices.culturalDomains, { shouldValidate: true });
              setValue('ruptureLabels', choices.ruptureLabels);
            }}
            options={[
              ...SUMMARY_PURPOSES.map((p) => ({ value: p.key, label: p.title, hint: p.hint })),
              { value: 'custom' as const, label: 'My own choice of sections' },
            ]}
          />
          <SectionChoices control={control} isReadOnly={busy} />
          <PeriodAndPaper control={control} isReadOnly={busy} />
          <PasswordChoice
            control={control}
            isReadOnly={busy}
            handOver="give it to the recipient another way, for example by phone."
          />
          {/* Stays at the bottom of the window while the choices scroll: the save is always in reach. */}
          <div className="export-panel__actions">
            {busy && <ExportProgress />}
            {result?.status === 'saved' && (
              <Alert tone="success">
                <p>
                  Saved {result.fileName}: {result.pages} {result.pages === 1 ? 'page' : 'pages'},{' '}
                  {result.protected ? 'protected with a password.' : 'not password-protected.'}
                </p>
              </Alert>
            )}
            {source.data && isLetterheadEmpty(source.data.practice) && (
              <Alert tone="warning">
                <p>
                  Your letterhead is empty: the summary will name no practice and leave “Prepared by” blank,
                  to be signed by hand. Add your details in Settings → Practice and letterhead.
                </p>
              </Alert>
            )}
            <SavePdfFooter
              cancelled={result?.status === 'cancelled'}
              error={exporter.error}
              busy={busy}
              canSave={!!document}
              saveLabel="Save summary as PDF…"
            >
              {/* Only where the preview sits under the choices rather than beside them. */}
              <span className="export-panel__to-preview">
                <ActionButton
                  variant="quiet"
                  onPress={() => preview.current?.scrollIntoView({ block: 'start' })}
                >
                  See the preview
                </ActionButton>
              </span>
            </SavePdfFooter>
          </div>
        </Form>
        <section className="export-panel__preview" aria-label="Preview" ref={preview}>
          {source.isPending && <p className="muted">Preparing the preview…</p>}
          {source.isError && <Alert tone="error">{source.error.message}</Alert>}
          {document && <SummaryPreview document={document} />}
        </section>
      </div>
    </div>
  );
}
