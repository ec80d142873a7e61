import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupEntry, ChosenBackup } from '../../../shared/backup/backup-contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { chooseFolder } from '../files/choose-folder';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { ChoiceGroup, type ChoiceOption } from '../ui/ChoiceGroup';
import { contentsSummary, locationWords, momentWords, shortMomentWords, triggerWords } from './backup-words';
import { PassphraseRestoreForm, RecoveryRestoreForm, type RestoreSecret } from './RestoreSecretForms';
import { startRestore } from './restore-run';
import './backup.css';

const FOLDER = 'folder';

/** Where the vault stands: nothing here yet (a new computer), locked, or unreadable. */
export type RestoreStart = 'absent' | 'locked' | 'problem';

const INTROS: Record<RestoreStart, string> = {
  absent:
    'Bring your records to this computer from a Rapport backup: a backup folder copied from your old computer, on an external drive, or in a synced folder.',
  locked:
    'Put a backup in place of the vault on this computer. The backup is checked before anything is replaced.',
  problem:
    'Put a healthy backup in place of the vault that cannot be opened. The backup is checked before anything is replaced.',
};

/** Neither contents nor a problem: it was not opened (no secret given yet). */
function withContents(facts: string, read: Pick<BackupEntry, 'contents' | 'problem'> | undefined): string {
  if (read?.contents) return `${facts} · holds ${contentsSummary(read.contents)}`;
  if (read?.problem) return `${facts} · ${read.problem}`;
  return facts;
}

function optionHint(entry: BackupEntry, read: BackupEntry | undefined): string {
  return withContents(`${triggerWords(entry.trigger)} · ${locationWords(entry.location)}`, read);
}

/** What the chosen folder says of itself; a bare vault folder (no backup record) has no date. */
function chosenWords(chosen: ChosenBackup): string {
  const made = chosen.createdAt
    ? `Made ${shortMomentWords(chosen.createdAt)} · ${triggerWords(chosen.trigger)}`
    : 'A vault folder, not a backup Rapport made: its date is not known';
  return withContents(made, chosen);
}

interface RestoreFromBackupScreenProps {
  start: RestoreStart;
  onCancel: () => void;
}

/**
 * Restoring without an open vault: from the unlock screen, the damaged-vault screen, or a new
 * computer. Choose a backup (one Rapport finds beside the vault, or any backup folder), prove it is
 * yours, restore. The restored vault opens on Settings → Backups, which says what it holds.
 */
export function RestoreFromBackupScreen({ start, onCancel }: RestoreFromBackupScreenProps) {
  const queryClient = useQueryClient();
  // Even with no vault here, its folder may still hold backups (the vault files were lost, not the folder).
  const listed = useQuery({ queryKey: queryKeys.lockedBackupList, queryFn: () => call('backup:list', {}) });
  const entries = listed.data?.entries ?? [];
  const [read, setRead] = useState<Map<string, BackupEntry>>(new Map());
  const [selected, setSelected] = useState<string | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [chooseError, setChooseError] = useState<string | null>(null);
  const [useRecoveryKey, setUseRecoveryKey] = useState(false);
  // The folder's own record at once; replaced by what it holds once a secret has opened it.
  const described = useQuery({
    queryKey: queryKeys.chosenBackup(folder ?? ''),
    queryFn: () => call('backup:inspect', { path: folder! }),
    enabled: folder !== null,
    retry: false,
  });
  const [opened, setOpened] = useState<{ path: string; facts: ChosenBackup } | null>(null);
  const chosen = opened?.path === folder ? opened.facts : described.data;

  const source = selected ?? (entries.length === 0 && folder ? FOLDER : null);
  const entry = entries.find((candidate) => candidate.id === source);
  const ready = source === FOLDER ? folder !== null && !described.isError : entry !== undefined;

  const pickFolder = async () => {
    setChooseError(null);
    setChoosing(true);
    try {
      const path = await chooseFolder('restore-source');
      if (path !== null) {
        setFolder(path);
        setSelected(FOLDER);
      }
    } catch (error) {
      setChooseError((error as Error).message);
    } finally {
      setChoosing(false);
    }
  };

  const restore = (secret: RestoreSecret) => {
    const from = source === FOLDER ? { path: folder! } : { id: entry!.id };
    const what =
      source === FOLDER ? `the backup in ${folder!}` : `the backup from ${momentWords(entry!.createdAt)}`;
    return startRestore(queryClient, { from, ...secret }, what);
  };

  const readContents = async (secret: { passphrase: string } | { recoveryKey: string }) => {
    if (folder !== null) {
      const path = folder;
      setOpened({ path, facts: await call('backup:inspect', { path, ...secret }) });
    }
    if ('passphrase' in secret && entries.length > 0) {
      const { entries: listed } = await call('backup:list', secret);
      setRead(new Map(listed.map((candidate) => [candidate.id, candidate])));
    }
  };
  const readLabel = entries.length > 0 ? 'Show what each backup holds' : 'Show what this backup holds';

  const folderWords = folder && (
    <span className="backup-chosen">
      <span className="path">{folder}</span>
      {chosen && <span aria-live="polite">{chosenWords(chosen)}</span>}
    </span>
  );

  const options: ChoiceOption<string>[] = [
    ...entries.map((candidate) => ({
      value: candidate.id,
      label: shortMomentWords(candidate.createdAt),
      hint: optionHint(candidate, read.get(candidate.id)),
    })),
    {
      value: FOLDER,
      label: 'A backup folder I choose',
      hint: folderWords || 'On an external drive, in a synced folder, or copied from another computer.',
    },
  ];

  const footer = (pending: boolean) => (
    <>
      <ActionButton variant="quiet" onPress={() => setUseRecoveryKey(!useRecoveryKey)} isDisabled={pending}>
        {useRecoveryKey ? 'Use the passphrase instead' : 'Forgot the passphrase? Use your recovery key'}
      </ActionButton>
      <ActionButton variant="quiet" onPress={onCancel} isDisabled={pending}>
        {start === 'absent' ? 'Back to creating a new vault' : 'Back'}
      </ActionButton>
    </>
  );

  const consequence = start !== 'absent' && (
    <p className="muted">
      The vault on this computer now is not deleted: it is kept aside, and Settings → Backups lists it so you
      can bring it back.
    </p>
  );

  return (
    <CentredCard width="wide" title="Restore from a backup" intro={<p>{INTROS[start]}</p>}>
      <div className="stack--tight">
        {entries.length > 0 ? (
          <ChoiceGroup
            label="Which backup"
            value={source}
            onChange={setSelected}
            options={options}
            description="Newest first. Each backup folder holds rapport.db and rapport.key."
          />
        ) : (
          <div className="stack--tight">
            <p className="field__label">Backup folder</p>
            {folder ? (
              folderWords
            ) : (
              <p className="muted">
                Choose the folder named “rapport-backup-…” that holds rapport.db and rapport.key. Any Rapport
                backup folder works, from the vault folder, a second folder or an external drive.
              </p>
            )}
          </div>
        )}
        {listed.isError && <Alert tone="error">{listed.error.message}</Alert>}
        {described.isError && <Alert tone="error">{described.error.message}</Alert>}
        <div className="button-row">
          <ActionButton
            onPress={() => void pickFolder()}
            isPending={choosing}
            pendingLabel="Waiting for your choice…"
          >
            {folder ? 'Choose another folder…' : 'Choose a backup folder…'}
          </ActionButton>
        </div>
        {chooseError && <Alert tone="error">{chooseError}</Alert>}
      </div>
      {useRecoveryKey ? (
        <RecoveryRestoreForm
          ready={ready}
          onRestore={restore}
          onReadContents={folder !== null ? (recoveryKey) => readContents({ recoveryKey }) : undefined}
          footer={footer}
        >
          {consequence}
        </RecoveryRestoreForm>
      ) : (
        <PassphraseRestoreForm
          ready={ready}
          onRestore={restore}
          onReadContents={
            entries.length > 0 || folder !== null ? (passphrase) => readContents({ passphrase }) : undefined
          }
          readLabel={readLabel}
          footer={footer}
        >
          {consequence}
        </PassphraseRestoreForm>
      )}
    </CentredCard>
  );
}
