import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { templateInput, type TemplateVersion } from '../../../shared/consent/consent-contract';
import type { ConsentKind } from '../../../shared/consent/consent-kinds';
import { STARTER_TEXTS } from '../../../shared/consent/consent-starter-texts';
import { formatMoment } from '../../../shared/dates/format-moment';
import { applyServerError } from '../forms/apply-server-error';
import { FormTextArea } from '../goals/FormTextArea';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { FormTextField } from '../ui/FormTextField';
import { useSaveConsentTemplate } from './consent-queries';

type Input = z.input<typeof templateInput>;
type Output = z.output<typeof templateInput>;
const FIELDS = ['title', 'body'] as const;

/**
 * One document's template: its title and text, saved as a new version (clients who signed an
 * earlier one keep theirs). A kind never written starts from Rapport's example text.
 */
export function TemplateEditor({
  kind,
  current,
}: {
  kind: ConsentKind;
  current: TemplateVersion | undefined;
}) {
  const save = useSaveConsentTemplate();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset } = useForm<Input, unknown, Output>({
    resolver: zodResolver(templateInput),
    defaultValues: { kind, title: current?.title ?? '', body: current?.body ?? '' },
  });

  const onSubmit = handleSubmit((values) => {
    if (save.isPending) return;
    setFormError(null);
    setSaved(null);
    save.mutate(values, {
      onSuccess: (templates) => {
        const version = templates.find((t) => t.kind === kind);
        reset({ kind, title: version?.title ?? values.title, body: version?.body ?? values.body });
        setSaved(version ? `Saved as version ${version.number}.` : 'Saved.');
      },
      onError: (error) => setFormError(applyServerError(error, FIELDS, setError)),
    });
  });

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label={`Template: ${kind}`}>
      <p className="muted">
        {current
          ? `Version ${current.number}, saved ${formatMoment(current.createdAt)}. Saving a change makes version ${current.number + 1}; documents already signed keep the words they were signed under.`
          : 'Not written yet. Start from the example and make it your own.'}
      </p>
      {!current && (
        <div className="form-actions">
          <ActionButton onPress={() => reset({ kind, ...STARTER_TEXTS[kind] })}>
            Use the example text
          </ActionButton>
        </div>
      )}
      <FormTextField control={control} name="title" label="Title" isReadOnly={save.isPending} />
      <FormTextArea
        control={control}
        name="body"
        label="Text the client reads"
        rows={12}
        isReadOnly={save.isPending}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && (
        <p className="muted" role="status">
          {saved}
        </p>
      )}
      <div className="form-actions">
        <ActionButton type="submit" variant="primary" isPending={save.isPending} pendingLabel="Saving…">
          Save template
        </ActionButton>
      </div>
    </Form>
  );
}
