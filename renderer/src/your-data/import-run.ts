import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ImportProgressEvent } from '../../../shared/export/export-contract';
import { isBridgeCallError } from '../bridge/bridge-call-error';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export type ImportInput = ChannelInput<'import:vault'>;
export type ImportResult = ChannelOutput<'import:vault'>;

/**
 * A new vault from an export, in progress or just finished. Like a restore, it must outlive the
 * screens: the switch locks the open vault (reason 'restore'), which unmounts everything below the
 * session boundary. The recovery key is held only until the clinician says it is saved; after that
 * only where the old vault went is kept, for Settings → Your data to say so. No client data.
 */
export type ImportRun =
  | { state: 'running'; progress: ImportProgressEvent | null; cancelling: boolean; cancelFailed?: string }
  | { state: 'done'; result: ImportResult }
  | { state: 'opened'; setAside: string | null }
  /** The clinician stopped it: the half-made vault is deleted, the open one as it was. */
  | { state: 'cancelled' }
  | { state: 'failed'; message: string };

let current: ImportRun | null = null;
const listeners = new Set<() => void>();

function set(run: ImportRun | null): void {
  current = run;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImportRun(): ImportRun | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** The recovery key is saved: forget it, keep where the old vault went. */
export function importKeySaved(): void {
  if (current?.state === 'done') set({ state: 'opened', setAside: current.result.setAside });
}

/** Forgets the last import, once a later lock has made it old news. */
export function clearImportRun(): void {
  if (current && current.state !== 'running' && current.state !== 'done') set(null);
}

/** Null when the clinician cancelled it. */
export async function startImport(
  queryClient: QueryClient,
  input: ImportInput,
): Promise<ImportResult | null> {
  set({ state: 'running', progress: null, cancelling: false });
  // Subscribed here, not in a screen: the screens come and go while the vault switches.
  const stop = window.rapport.on('import:progress', (progress) => {
    if (current?.state === 'running') set({ ...current, progress });
  });
  try {
    const result = await call('import:vault', input);
    set({ state: 'done', result });
    return result;
  } catch (error) {
    if (isBridgeCallError(error) && error.code === 'CANCELLED') {
      set({ state: 'cancelled' });
      return null;
    }
    set({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    stop();
    await queryClient.invalidateQueries({ queryKey: queryKeys.backups });
    await queryClient.invalidateQueries({ queryKey: queryKeys.vaultStatus });
  }
}

/**
 * Asks the running import to stop; its own answer (CANCELLED) ends the run. Once the new vault is
 * being put in place the main side no longer stops it, and the run ends as it would have.
 */
export async function cancelImport(): Promise<void> {
  if (current?.state !== 'running') return;
  set({ ...current, cancelling: true, cancelFailed: undefined });
  try {
    await call('import:cancel', {});
  } catch (error) {
    const cancelFailed = error instanceof Error ? error.message : String(error);
    if (current?.state === 'running') set({ ...current, cancelling: false, cancelFailed });
  }
}
