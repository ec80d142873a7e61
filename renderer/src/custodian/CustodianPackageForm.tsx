import { zodResolver } from '@hookform/resolvers/zod';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { PassphraseField } from '../passphrase/PassphraseField';
import { checkPassword, pdfFileFields } from '../pdf-export/pdf-file-form';
import { PaperChoice } from '../pdf-export/PaperChoice';
import { PasswordChoice } from '../pdf-export/PasswordChoice';
import { savedMessage } from '../pdf-export/saved-message';
import { SavePdfFooter } from '../pdf-export/SavePdfFooter';
import { Alert } from '../ui/Alert';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { usePrintCustodianPackage } from './custodian-queries';

function packageForm(withKey: boolean) {
  return z
    .object({ ...pdfFileFields, passphrase: z.string() })
    .superRefine(checkPassword)
    .superRefine((form, ctx) => {
      if (withKey && form.passphrase === '') {
        ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'Enter your passphrase.' });
      }
    });
}
type PackageForm = z.output<ReturnType<typeof packageForm>>;

/**
 * Saves the custodian package as a PDF. With the recovery key chosen, the passphrase unwraps it,
 * as when the key is revealed in Security; it is never kept.
 */
export function CustodianPackageForm({ withKey, canSave }: { withKey: boolean; canSave: boolean }) {
  const printer = usePrintCustodianPackage();
  const { control, handleSubmit, resetField } = useForm<PackageForm>({
    resolver: zodResolver(packageForm(withKey)),
    defaultValues: { paper: 'A4', protect: true, password: '', confirmation: '', passphrase: '' },
  });
  const busy = printer.isPending;
  const onSubmit = handleSubmit((values) => {
    if (busy) return;
    printer.mutate(
      {
        paper: values.paper,
        ...(values.protect ? { password: values.password } : {}),
        ...(withKey ? { passphrase: values.passphrase } : {}),
      },
      {
        onSettled: () => {
          resetField('password');
          resetField('confirmation');
          resetField('passphrase');
        },
      },
    );
  });
  const saved = printer.data?.status === 'saved' ? printer.data : null;
  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria" aria-label="Custodian package">
      <PaperChoice control={control} isDisabled={busy} first="A4" />
      <PasswordChoice
        control={control}
        isReadOnly={busy}
        handOver="tell it to the custodian in person, apart from the file."
      />
      {withKey && (
        <PassphraseField
          control={control}
          name="passphrase"
          label="Your passphrase"
          description="Needed to print the recovery key in the package."
          autoComplete="current-password"
          isReadOnly={busy}
        />
      )}
      {saved && (
        <Alert tone="success">
          <p>
            {savedMessage(saved, { what: 'Package' })} Give it to the custodian, or tell them where it is
            kept.
          </p>
        </Alert>
      )}
      <SavePdfFooter
        cancelled={printer.data?.status === 'cancelled'}
        error={printer.error ? new Error(unlockFailureMessage(printer.error)) : null}
        busy={busy}
        canSave={canSave}
        saveLabel="Save package as PDF…"
      />
    </Form>
  );
}
