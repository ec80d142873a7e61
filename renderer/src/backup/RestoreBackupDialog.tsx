import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import type { BackupEntry } from '../../../shared/backup/backup-contract';
import { channels } from '../../../shared/contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { PassphraseField } from '../passphrase/PassphraseField';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ModalDialog } from '../ui/ModalDialog';
import { unlockFailureMessage } from '../vault/unlock-failure-message';
import { contentsSummary, momentWords } from './backup-words';
import { startRestore } from './restore-run';

const schema = channels['vault:unlock'].input;

/** How the backup is named on the screens that follow the restore. */
export function restoreLabel(entry: BackupEntry): string {
  return entry.location === 'set-aside'
    ? `your vault as it was before the restore of ${momentWords(entry.createdAt)}`
    : `the backup from ${momentWords(entry.createdAt)}`;
}

function WhatHappens({ entry }: { entry: BackupEntry }) {
  const holds = entry.contents ? `, which holds ${contentsSummary(entry.contents)},` : '';
  return (
    <div className="stack--tight restore-explainer">
      {entry.location === 'set-aside' ? (
        <p>
          Your vault as it was when a restore replaced it on <strong>{momentWords(entry.createdAt)}</strong>
          {holds} takes the place of the vault you are using now.
        </p>
      ) : (
        <p>
          The backup from <strong>{momentWords(entry.createdAt)}</strong>
          {holds} replaces the vault you are using now. Anything written since then will not be in it.
        </p>
      )}
      <p>
        Your current vault is not deleted. It is kept aside and appears in this list as “Set aside by a
        restore”, so you can bring it back the same way.
      </p>
      <p>Rapport locks while it restores, then opens the restored vault.</p>
    </div>
  );
}

interface RestoreBackupDialogProps {
  entry: BackupEntry | null;
  onClose: () => void;
}

/**
 * Says exactly what a restore will do, and asks for the passphrase: restoring replaces the open
 * vault, so it takes the same proof as opening it.
 */
export function RestoreBackupDialog({ entry, onClose }: RestoreBackupDialogProps) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { control, handleSubmit, setError, reset } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { passphrase: '' },
  });

  const close = () => {
    reset({ passphrase: '' });
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async ({ passphrase }) => {
    if (!entry || pending) return;
    setPending(true);
    setFormError(null);
    try {
      // On success the vault locks and this dialog is gone; the restoring screen takes over.
      await startRestore(queryClient, { from: { id: entry.id }, passphrase }, restoreLabel(entry));
    } catch (error) {
      setPending(false);
      if (isBridgeCallError(error) && error.code === 'WRONG_PASSPHRASE') {
        setError('passphrase', { type: 'server', message: unlockFailureMessage(error) });
        return;
      }
      setFormError(isBridgeCallError(error) ? error.message : unlockFailureMessage(error));
    }
  });

  const fromThisVault = entry?.sameVault ?? true;
  return (
    <ModalDialog
      title={entry?.location === 'set-aside' ? 'Bring back this vault?' : 'Restore this backup?'}
      isOpen={entry !== null}
      onClose={close}
      isBusy={pending}
    >
      {entry && (
        <Form className="stack" onSubmit={onSubmit} validationBehavior="aria">
          <WhatHappens entry={entry} />
          <PassphraseField
            control={control}
            name="passphrase"
            label="Your passphrase"
            description={
              fromThisVault
                ? 'The passphrase you unlock Rapport with.'
                : 'This backup is of another vault: type the passphrase that vault had when the backup was made.'
            }
            autoComplete="current-password"
            autoFocus
            isReadOnly={pending}
          />
          {formError && <Alert tone="error">{formError}</Alert>}
          <div className="form-actions">
            <ActionButton type="submit" variant="primary" isPending={pending} pendingLabel="Restoring…">
              {entry.location === 'set-aside' ? 'Bring it back' : 'Restore this backup'}
            </ActionButton>
            <ActionButton onPress={close} isDisabled={pending}>
              Cancel
            </ActionButton>
          </div>
        </Form>
      )}
    </ModalDialog>
  );
}
