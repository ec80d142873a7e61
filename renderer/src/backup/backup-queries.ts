import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';
import { useBridgeEvent } from '../bridge/use-bridge-event';

export function useBackupStatus() {
  return useQuery({ queryKey: queryKeys.backupStatus, queryFn: () => call('backup:status', {}) });
}

/** Every backup, with what each holds (read through the open vault, so no passphrase is needed). */
export function useBackupList() {
  return useQuery({ queryKey: queryKeys.backupList, queryFn: () => call('backup:list', {}) });
}

/** "Back up now". Progress arrives as 'backup:progress' events while this is pending. */
export function useRunBackup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('backup:run', {}),
    // A failure is recorded in the status too, so it is refreshed either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.backups }),
  });
}

export function useSetSecondFolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'backup:setSecondFolder'>) => call('backup:setSecondFolder', input),
    onSuccess: (status) => {
      queryClient.setQueryData(queryKeys.backupStatus, status);
      return queryClient.invalidateQueries({ queryKey: queryKeys.backupList });
    },
  });
}

/**
 * Backups finish on their own (daily, and the lock's, which ends after the vault has locked):
 * whatever shows them (Home, Settings, the restore screen) is refreshed when one ends.
 */
export function useBackupsStayCurrent(): void {
  const queryClient = useQueryClient();
  useBridgeEvent('backup:progress', ({ phase }) => {
    if (phase === 'done' || phase === 'failed')
      void queryClient.invalidateQueries({ queryKey: queryKeys.backups });
  });
}
