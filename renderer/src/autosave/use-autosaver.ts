import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Autosaver, SaveStatus } from '../../../shared/autosave/autosaver';
import { saveBeforeLock } from './save-before-lock';

/**
 * Ties an editor's autosave to the app's life: what it holds is saved before the vault locks, when
 * the window hides or the page goes away, and when the editor unmounts (another note, tab or page).
 * `onSaveStarted` hears of each of those saves, for a later editor that must wait for them.
 */
export function useAutosaver<T>(saver: Autosaver<T>, onSaveStarted?: (save: Promise<boolean>) => void): void {
  const onSave = useRef(onSaveStarted);
  useEffect(() => {
    onSave.current = onSaveStarted;
  });

  useEffect(() => {
    const saveNow = () => {
      if (saver.hasUnsavedChanges) onSave.current?.(saver.flush());
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', saveNow);
    const unregister = saveBeforeLock(() => (saver.hasUnsavedChanges ? saver.flush() : Promise.resolve()));
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', saveNow);
      saveNow();
    };
  }, [saver]);
}

/** Where the autosave stands, re-rendering only when that changes (not on every keystroke). */
export function useSaveStatus<T>(saver: Autosaver<T>): SaveStatus {
  return useSyncExternalStore(saver.subscribe, saver.getStatus);
}
