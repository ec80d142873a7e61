import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { GoalPlan } from '../../../shared/goals/goal-contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export function useGoalPlan(clientId: string) {
  return useQuery({
    queryKey: queryKeys.goalPlan(clientId),
    queryFn: () => call('goals:get', { clientId }),
  });
}

export function useReviewsDue(within = 7) {
  return useQuery({
    queryKey: [...queryKeys.goalReviewsDue, within],
    queryFn: () => call('goals:reviewsDue', { within }),
  });
}

/**
 * Every goals write answers with the whole plan, so the cache takes it as it is; review dates may
 * have moved, so the home screen's list is read again.
 */
function usePlanWrite<I>(clientId: string, write: (input: I) => Promise<GoalPlan>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (plan) => {
      queryClient.setQueryData(queryKeys.goalPlan(clientId), plan);
      void queryClient.invalidateQueries({ queryKey: queryKeys.goalReviewsDue });
    },
  });
}

export function useSaveVersion(clientId: string) {
  return usePlanWrite(clientId, (input: ChannelInput<'goals:saveVersion'>) =>
    call('goals:saveVersion', input),
  );
}

export function useAgree(clientId: string) {
  return usePlanWrite(clientId, (input: ChannelInput<'goals:agree'>) => call('goals:agree', input));
}

export function useSetStatus(clientId: string) {
  return usePlanWrite(clientId, (input: ChannelInput<'goals:setStatus'>) => call('goals:setStatus', input));
}

/**
 * The client's and the clinician's ratings are separate records; one form may give both, written
 * one after the other so the plan that comes back has them all.
 */
export function useRate(clientId: string) {
  return usePlanWrite(clientId, async (ratings: readonly ChannelInput<'goals:rate'>[]) => {
    let plan: GoalPlan | undefined;
    for (const rating of ratings) plan = await call('goals:rate', rating);
    if (!plan) throw new Error('Nothing to rate.');
    return plan;
  });
}

export function useReviewObjectives(clientId: string) {
  return usePlanWrite(clientId, (input: ChannelInput<'goals:reviewObjectives'>) =>
    call('goals:reviewObjectives', input),
  );
}
