import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { importVaultForm } from '../../../shared/export/export-contract';
import { chooseFolder } from '../files/choose-folder';
import { applyServerError } from '../forms/apply-server-error';
import { requireStrongMatchingPassphrase } from '../passphrase/new-passphrase-rules';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { usePassphraseStrength } from '../passphrase/use-passphrase-strength';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { DataProgress } from './DataProgress';
import { importWords } from './data-words';
import { cancelImport, startImport, useImportRun } from './import-run';

const schema = importVaultForm.superRefine((values, ctx) =>
  requireStrongMatchingPassphrase(ctx, 'passphrase', values.passphrase, values.confirmation),
);
type Values = z.input<typeof schema>;

/**
 * A new vault from an export: never merged into the open one. The clinician picks the export's
 * folder, then sets the new vault's passphrase; the open vault is set aside, not deleted.
 */
export function ImportPanel({ location }: { location: string }) {
  const headingId = useId();
  const [from, setFrom] = useState<string | null>(null);
  const [chooseError, setChooseError] = useState<string | null>(null);

  const choose = async () => {
    setChooseError(null);
    try {
      const path = await chooseFolder('import-source');
      if (path !== null) setFrom(path);
    } catch (error) {
      setChooseError((error as Error).message);
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h3 id={headingId}>New vault from an export</h3>
        <p>
          Makes a new, encrypted vault from an export Rapport wrote (a rapport-export-… folder), with a new
          passphrase and a new recovery key. It is never mixed into the vault you have open.
        </p>
      </div>
      <Alert tone="info">
        <p>
          The new vault takes the place of this one, in the same folder (
          <span className="data-folder">{location}</span>
          ). This vault is locked and set aside in that folder, whole: nothing in it is deleted, and it stays
          in the list of backups, so restoring it brings it back.
        </p>
        <p>
          The export is checked in full before anything is written; if it does not hold together, nothing
          changes.
        </p>
      </Alert>
      <div className="form-actions">
        <ActionButton onPress={() => void choose()}>
          {from ? 'Choose another export…' : 'Choose the export folder…'}
        </ActionButton>
      </div>
      {chooseError && <Alert tone="error">{chooseError}</Alert>}
      {from && (
        <>
          <p>
            Export: <span className="data-folder">{from}</span>
          </p>
          <ImportForm from={from} />
        </>
      )}
    </section>
  );
}

function ImportForm({ from }: { from: string }) {
  const queryClient = useQueryClient();
  const run = useImportRun();
  const [formError, setFormError] = useState<string | null>(null);
  const hintId = useId();
  const { control, handleSubmit, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '', confirmation: '' },
  });
  const strength = usePassphraseStrength(useWatch({ control, name: 'passphrase' }));
  const ready = strength?.acceptable ?? false;
  const running = run?.state === 'running';

  const onSubmit = handleSubmit(async (values) => {
    if (running) return;
    setFormError(null);
    try {
      await startImport(queryClient, { ...values, from });
    } catch (error) {
      setFormError(applyServerError(error, ['passphrase', 'confirmation'], setError));
    }
  });
  const progress = importWords(run?.state === 'running' ? run.progress : null);
  // Once the new vault is being put in place, stopping halfway would leave neither vault open.
  const cancel =
    run?.state === 'running' && run.progress?.phase !== 'switching'
      ? { onPress: () => void cancelImport(), pending: run.cancelling, what: 'import' }
      : undefined;

  return (
    <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
      <NewPassphraseFields
        confirmationName="confirmation"
        control={control}
        name="passphrase"
        label="Passphrase for the new vault"
        description="It may be the one you use now, or a new one. The new vault gets its own recovery key, shown next."
        strength={strength}
        isReadOnly={running}
      />
      {formError && (
        <Alert tone="error">
          <p>{formError}</p>
          <p>The vault you have open is as it was.</p>
        </Alert>
      )}
      {running && (
        <DataProgress
          label="New vault from an export"
          words={progress.words}
          percent={progress.percent}
          cancel={cancel}
        />
      )}
      {run?.state === 'running' && run.cancelFailed && (
        <Alert tone="error">
          <p>The import could not be cancelled: {run.cancelFailed}</p>
        </Alert>
      )}
      {run?.state === 'cancelled' && (
        <Alert tone="info">
          <p>Import cancelled: the new vault it had started was deleted.</p>
          <p>The vault you have open is as it was.</p>
        </Alert>
      )}
      <div className="form-actions form-actions--stacked">
        <ActionButton
          type="submit"
          variant="primary"
          isDisabled={!ready}
          isPending={running}
          pendingLabel="Making the new vault…"
          aria-describedby={ready ? undefined : hintId}
        >
          Make the new vault and open it
        </ActionButton>
        {!ready && (
          <p id={hintId} className="form-hint">
            You can go ahead once the passphrase is strong enough.
          </p>
        )}
      </div>
    </Form>
  );
}
