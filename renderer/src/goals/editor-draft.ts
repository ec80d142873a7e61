import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queryKeys } from '../bridge/query-keys';
import type { PlanFormInput } from './plan-form';

export interface EditorDraft {
  /** The version the editor started from, so a draft never lands on a plan that moved on. */
  fromVersionId: string | null;
  values: PlanFormInput;
}

/**
 * Goals written in the room but not yet saved, held in the query cache: they survive a switch to
 * another tab (which unmounts the editor) and are dropped with everything else when the vault locks.
 * They never leave memory.
 */
export function useEditorDraft(clientId: string) {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const key = queryKeys.goalEditorDraft(clientId);
    return {
      /** The unsaved draft written from this version, if there is one. */
      read: (fromVersionId: string | null) => {
        const draft = queryClient.getQueryData<EditorDraft>(key);
        return draft?.fromVersionId === fromVersionId ? draft : undefined;
      },
      keep: (draft: EditorDraft) => {
        // No component observes this entry, so the cache would otherwise collect it after a few minutes.
        queryClient.setQueryDefaults(key, { gcTime: Infinity, staleTime: Infinity });
        queryClient.setQueryData(key, draft);
      },
      discard: () => queryClient.removeQueries({ queryKey: key, exact: true }),
    };
  }, [clientId, queryClient]);
}
