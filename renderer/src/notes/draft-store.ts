import { useCallback, useSyncExternalStore } from 'react';
import type { NoteContent } from '../../../shared/notes/note-contract';

/**
 * The note being written, held outside React state so a keystroke re-renders only the field it
 * lands in: each part of the editor reads its own slice with useDraft, and a slice that did not
 * change (same value or same object) renders nothing.
 */
export interface DraftStore {
  get(): NoteContent;
  update(change: (content: NoteContent) => NoteContent): void;
  subscribe(listener: () => void): () => void;
}

export function createDraftStore(initial: NoteContent): DraftStore {
  let content = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => content,
    update(change) {
      const next = change(content);
      if (next === content) return;
      content = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** One slice of the draft; `select` must return a value or an object already in the draft. */
export function useDraft<S>(store: DraftStore, select: (content: NoteContent) => S): S {
  const getSlice = useCallback(() => select(store.get()), [store, select]);
  return useSyncExternalStore(store.subscribe, getSlice);
}
