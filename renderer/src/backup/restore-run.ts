import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export type RestoreInput = ChannelInput<'backup:restore'>;
export type RestoreResult = ChannelOutput<'backup:restore'>;

/**
 * The restore in progress or just finished. It must outlive the screens: restoring from Settings
 * locks the vault (reason 'restore'), which unmounts everything below the session boundary while
 * the main side swaps the files and opens the restored vault. The screens that follow (restoring,
 * then Settings → Backups, or the unlock screen if it failed) read it here. It holds a date and
 * counts, never client data.
 */
export type RestoreRun =
  | { state: 'running'; what: string }
  | { state: 'done'; what: string; result: RestoreResult }
  | { state: 'failed'; what: string; message: string };

let current: RestoreRun | null = null;
const listeners = new Set<() => void>();

function set(run: RestoreRun | null): void {
  current = run;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRestoreRun(): RestoreRun | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Forgets the last restore, once a later lock has made it old news. */
export function clearRestoreRun(): void {
  if (current && current.state !== 'running') set(null);
}

/**
 * Restores a backup. `what` names it for the screens that follow ("the backup from …"). When it
 * settles, the vault's status is refreshed: the restored vault is open, or, if the restore failed
 * after locking, the vault is locked.
 */
export async function startRestore(
  queryClient: QueryClient,
  input: RestoreInput,
  what: string,
): Promise<RestoreResult> {
  set({ state: 'running', what });
  try {
    const result = await call('backup:restore', input);
    set({ state: 'done', what, result });
    return result;
  } catch (error) {
    set({ state: 'failed', what, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    await queryClient.invalidateQueries({ queryKey: queryKeys.backups });
    await queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });
  }
}
