import { useState } from 'react';
import type { LockReason } from '../../../shared/contract';
import { AppFrame } from '../frame/AppFrame';
import { BridgeFailureScreen } from './BridgeFailureScreen';
import { CreateVaultScreen } from './CreateVaultScreen';
import { RecoverScreen } from './RecoverScreen';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { UnlockScreen } from './UnlockScreen';
import { VaultProblemScreen } from './VaultProblemScreen';
import { useVaultStatus } from './vault-queries';

/** Chooses the one screen the vault's state allows: create, save the key, unlock, recover, problem or the app. */
export function VaultGate({ lockReason }: { lockReason: LockReason | null }) {
  const status = useVaultStatus();
  // Held only between vault:create and the clinician confirming they saved it; never stored.
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [recovering, setRecovering] = useState(false);

  if (status.isPending) return null;
  if (status.isError)
    return <BridgeFailureScreen error={status.error} onRetry={() => void status.refetch()} />;

  const { state, problem, retryAfterMs } = status.data;
  if (recoveryKey)
    return <RecoveryKeyScreen recoveryKey={recoveryKey} onSaved={() => setRecoveryKey(null)} />;
  if (problem) return <VaultProblemScreen problem={problem} />;
  switch (state) {
    case 'absent':
      return <CreateVaultScreen onCreated={setRecoveryKey} />;
    case 'locked':
      return recovering ? (
        <RecoverScreen onCancel={() => setRecovering(false)} />
      ) : (
        <UnlockScreen
          retryAfterMs={retryAfterMs}
          lockReason={lockReason}
          onForgot={() => setRecovering(true)}
        />
      );
    case 'unlocked':
      return <AppFrame />;
  }
}
