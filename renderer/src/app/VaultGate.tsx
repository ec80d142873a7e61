import { useEffect, useState } from 'react';
import type { LockReason } from '../../../shared/contract';
import { clearRestoreRun, useRestoreRun } from '../backup/restore-run';
import { ClientModeScreen } from '../client-mode/ClientModeScreen';
import { clearHandback, handbackRoute } from '../client-mode/handback';
import { useClientMode } from '../client-mode/client-mode-queries';
import { RestoreFromBackupScreen } from '../backup/RestoreFromBackupScreen';
import { RestoringScreen } from '../backup/RestoringScreen';
import { AppFrame } from '../frame/AppFrame';
import type { Route } from '../navigation/routes';
import { BridgeFailureScreen } from '../vault/BridgeFailureScreen';
import { CreateVaultScreen } from '../vault/CreateVaultScreen';
import { RecoverScreen } from '../vault/RecoverScreen';
import { CustodianFrame } from '../frame/CustodianFrame';
import { CustodianUnlockScreen } from '../custodian/CustodianUnlockScreen';
import { useCustodianMode } from '../custodian/use-custodian-mode';
import { RecoveryKeyScreen } from '../vault/RecoveryKeyScreen';
import { UnlockScreen } from '../vault/UnlockScreen';
import { VaultProblemScreen } from '../vault/VaultProblemScreen';
import { clearImportRun, importKeySaved, useImportRun } from '../your-data/import-run';
import { ImportingScreen } from '../your-data/ImportingScreen';
import { useVaultStatus } from '../vault/vault-queries';

/** Where the app opens after a restore: the list that says what was restored and where the old vault went. */
const AFTER_RESTORE: Route = { page: 'settings', section: 'backups' };
/** Where the app opens after a new vault from an export: the notice of where the old vault went. */
const AFTER_IMPORT: Route = { page: 'settings', section: 'your-data' };

/**
 * Chooses the one screen the vault's state allows: create, save the key, unlock, recover, restore,
 * problem or the app. A restore from Settings locks the vault (reason 'restore'): while it runs, the
 * restoring screen shows; the restored vault then opens on Settings → Backups. A new vault from an
 * export switches the same way: its progress shows while the vault is locked, then its recovery
 * key, then Settings → Your data.
 */
export function VaultGate({ lockReason }: { lockReason: LockReason | null }) {
  const status = useVaultStatus();
  const run = useRestoreRun();
  const imported = useImportRun();
  // Asked of the main side whenever the vault is open: a reload in client mode comes back to it.
  const clientMode = useClientMode(status.data?.state === 'unlocked' && !status.data.problem);
  // Held only between vault:create and the clinician confirming they saved it; never stored.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);
  const [openingAsCustodian, setOpeningAsCustodian] = useState(false);
  const custodian = useCustodianMode();
  const [restoring, setRestoring] = useState(false);
  const appShown = status.data?.state === 'unlocked' && clientMode.data?.active === false;
  // The app has opened on the note the laptop was handed over from: later openings start on Home.
  useEffect(() => {
    if (appShown) clearHandback();
  }, [appShown]);
  // A restore is news until the vault next locks for any other reason.
  useEffect(() => {
    if (lockReason !== 'restore') {
      clearRestoreRun();
      clearImportRun();
    }
  }, [lockReason]);

  // Restoring from Settings: the lock event has unmounted the app; the restore screen shows its own progress.
  if (lockReason === 'restore' && run?.state === 'running' && !restoring)
    return <RestoringScreen what={run.what} />;
  if (lockReason === 'restore' && imported?.state === 'running')
    return <ImportingScreen progress={imported.progress} />;
  if (status.isPending) return null;
  if (status.isError)
    return <BridgeFailureScreen error={status.error} onRetry={() => void status.refetch()} />;

  const { state, problem, retryAfterMs } = status.data;
  if (recoveryKey)
    return <RecoveryKeyScreen recoveryKey={recoveryKey} onSaved={() => setRecoveryKey(null)} />;
  if (imported?.state === 'done' && state === 'unlocked')
    return <RecoveryKeyScreen recoveryKey={imported.result.recoveryKey} onSaved={importKeySaved} />;
  if (restoring && state !== 'unlocked') {
    return (
      <RestoreFromBackupScreen
        start={problem ? 'problem' : state === 'absent' ? 'absent' : 'locked'}
        onCancel={() => setRestoring(false)}
      />
    );
  }
  if (problem) return <VaultProblemScreen problem={problem} onRestore={() => setRestoring(true)} />;
  switch (state) {
    case 'absent':
      return <CreateVaultScreen onCreated={setRecoveryKey} onRestore={() => setRestoring(true)} />;
    case 'locked':
      if (openingAsCustodian) {
        // Chosen afresh each time: once the custodian is in, the next lock shows the usual screen.
        const back = () => setOpeningAsCustodian(false);
        return <CustodianUnlockScreen onCancel={back} onOpened={back} />;
      }
      return recovering ? (
        <RecoverScreen onCancel={() => setRecovering(false)} />
      ) : (
        <UnlockScreen
          retryAfterMs={retryAfterMs}
          lockReason={lockReason}
          restoreFailure={lockReason === 'restore' ? switchFailure(run, imported) : null}
          onForgot={() => setRecovering(true)}
          onCustodian={() => setOpeningAsCustodian(true)}
          onRestore={() => setRestoring(true)}
        />
      );
    case 'unlocked':
      if (clientMode.isPending) return null;
      if (clientMode.data?.active) return <ClientModeScreen state={clientMode.data} />;
      if (custodian) return <CustodianFrame />;
      return (
        <AppFrame
          initialRoute={
            run?.state === 'done'
              ? AFTER_RESTORE
              : imported?.state === 'opened'
                ? AFTER_IMPORT
                : handbackRoute()
          }
        />
      );
  }
}

/** Why a restore or a switch to a vault from an export failed once the vault was locked for it. */
function switchFailure(
  run: ReturnType<typeof useRestoreRun>,
  imported: ReturnType<typeof useImportRun>,
): string | null {
  if (run?.state === 'failed') return run.message;
  return imported?.state === 'failed' ? imported.message : null;
}
