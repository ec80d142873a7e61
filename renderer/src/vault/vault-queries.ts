import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { saveAllBeforeLock } from '../autosave/save-before-lock';
import { useSession } from './session-context';
import { call } from '../bridge/call';

export function useVaultStatus() {
  return useQuery({ queryKey: queryKeys.vaultStatus, queryFn: () => call('vault:status', {}) });
}

/**
 * The status is deliberately not refreshed here: it would say "unlocked" and replace the screen
 * before the recovery key has been shown. It is refreshed once the key is confirmed saved.
 */
export function useCreateVault(onCreated: (recoveryKey: string) => void) {
  return useMutation({
    mutationFn: (input: ChannelInput<'vault:create'>) => call('vault:create', input),
    onSuccess: ({ recoveryKey }) => onCreated(recoveryKey),
  });
}

/** Mutations that open the vault stay pending until the new status is in, so no screen flashes between. */
function useRefreshStatus() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });
}

export function useConfirmRecoverySaved() {
  const refreshStatus = useRefreshStatus();
  return useMutation({
    mutationFn: () => call('vault:confirmRecoverySaved', {}),
    onSuccess: refreshStatus,
  });
}

export function useUnlockVault() {
  const refreshStatus = useRefreshStatus();
  return useMutation({
    mutationFn: (input: ChannelInput<'vault:unlock'>) => call('vault:unlock', input),
    onSuccess: refreshStatus,
  });
}

export function useRecoverVault() {
  const refreshStatus = useRefreshStatus();
  return useMutation({
    mutationFn: (input: ChannelInput<'vault:recover'>) => call('vault:recover', input),
    onSuccess: refreshStatus,
  });
}

export function useChangePassphrase() {
  return useMutation({
    mutationFn: (input: ChannelInput<'vault:changePassphrase'>) => call('vault:changePassphrase', input),
  });
}

/**
 * Open editors save what they hold first, so the last words typed are in the vault. The main side
 * also announces the lock as an event; ending the session here too does not wait for it.
 */
export function useLockVault() {
  const session = useSession();
  return useMutation({
    mutationFn: async () => {
      await saveAllBeforeLock();
      return call('vault:lock', {});
    },
    onSuccess: () => session.end('user'),
  });
}
