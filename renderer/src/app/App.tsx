import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { LockReason } from '../../../shared/contract';
import { useBackupsStayCurrent } from '../backup/backup-queries';
import { useSaveWhenAsked } from '../autosave/save-before-lock';
import { useBridgeEvent } from '../bridge/use-bridge-event';
import { useIntegrityStaysCurrent } from '../integrity/integrity-queries';
import { VaultGate } from './VaultGate';
import { SessionContext, type Session } from '../vault/session-context';

/**
 * Owns the session boundary. When the vault locks, for whatever reason, the query cache is cleared
 * and everything below is remounted (the key changes), so no client data survives in memory or in
 * the page once the unlock screen shows.
 */
export function App() {
  const queryClient = useQueryClient();
  const [epoch, setEpoch] = useState(0);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);

  const end = useCallback(
    (reason: LockReason) => {
      queryClient.clear();
      setLockReason(reason);
      setEpoch((current) => current + 1);
    },
    [queryClient],
  );
  useBridgeEvent('vault:locked', ({ reason }) => end(reason));
  useBackupsStayCurrent();
  useIntegrityStaysCurrent();
  useSaveWhenAsked();
  const session = useMemo<Session>(() => ({ end }), [end]);

  return (
    <SessionContext.Provider value={session}>
      <VaultGate key={epoch} lockReason={lockReason} />
    </SessionContext.Provider>
  );
}
