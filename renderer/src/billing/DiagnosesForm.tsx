import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Form } from 'react-aria-components';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerError } from '../forms/apply-server-error';
import { ActionButton } from '../ui/ActionButton';
import { FormTextField } from '../ui/FormTextField';
import { useSetDiagnoses } from './billing-queries';
import { PanelSaveFooter } from '../forms/PanelSaveFooter';

const MAX_CODES = 12;
const schema = z.object({
  codes: z
    .array(
      z.object({
        code: z
          .string()
          .max(20, 'Codes are at most 20 characters.')
          .refine((s) => s.trim().length > 0, 'Enter the code, or remove this row.'),
        description: z.string().max(300, 'Keep this under 300 characters.'),
      }),
    )
    .max(MAX_CODES),
});
type Values = z.infer<typeof schema>;

/** Diagnosis codes as the clinician enters them (e.g. ICD-10 F41.1), printed on superbills. */
export function DiagnosesForm({
  clientId,
  codes,
}: {
  clientId: string;
  codes: readonly { code: string; description: string }[];
}) {
  const save = useSetDiagnoses();
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { codes: codes.map((c) => ({ ...c })) },
  });
  const rows = useFieldArray({ control, name: 'codes' });
  const busy = save.isPending;
  const onSubmit = handleSubmit((values) => {
    if (!busy) save.mutate({ clientId, codes: values.codes.map((c) => ({ ...c, code: c.code.trim() })) });
  });
  const formError = save.isError ? applyServerError(save.error, [], setError) : null;

  return (
    <Form className="stack--tight" onSubmit={onSubmit} validationBehavior="aria">
      {rows.fields.length === 0 && <p className="muted">No diagnosis codes entered.</p>}
      {rows.fields.map((row, index) => (
        <div key={row.id} className="diagnosis-row">
          <FormTextField
            control={control}
            name={`codes.${index}.code`}
            label={`Code ${index + 1}`}
            isReadOnly={busy}
          />
          <FormTextField
            control={control}
            name={`codes.${index}.description`}
            label={`Description ${index + 1}`}
            isReadOnly={busy}
          />
          <Button className="remove-row" onPress={() => rows.remove(index)} isDisabled={busy}>
            Remove<span className="visually-hidden"> code {index + 1}</span>
          </Button>
        </div>
      ))}
      <PanelSaveFooter
        label="Save diagnosis codes"
        savedText="Diagnosis codes saved."
        saved={save.isSuccess}
        busy={busy}
        error={formError}
      >
        {rows.fields.length < MAX_CODES && (
          <ActionButton
            variant="quiet"
            icon="plus"
            onPress={() => rows.append({ code: '', description: '' })}
            isDisabled={busy}
          >
            Add a code
          </ActionButton>
        )}
      </PanelSaveFooter>
    </Form>
  );
}
