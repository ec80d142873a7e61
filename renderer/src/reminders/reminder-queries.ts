import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

export function useReminderTemplate() {
  return useQuery({ queryKey: queryKeys.reminderTemplate, queryFn: () => call('reminders:template', {}) });
}

export function useSetReminderTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'reminders:setTemplate'>) => call('reminders:setTemplate', input),
    onSuccess: (template) => queryClient.setQueryData(queryKeys.reminderTemplate, template),
  });
}

export function useTomorrowReminders() {
  return useQuery({ queryKey: queryKeys.remindersTomorrow, queryFn: () => call('reminders:tomorrow', {}) });
}

export function useSaveReminderIcs() {
  return useMutation({
    mutationFn: (appointmentId: string) => call('reminders:saveIcs', { appointmentId }),
  });
}

export function useReminderDraft() {
  return useMutation({
    mutationFn: (appointmentId: string) => call('reminders:draft', { appointmentId }),
  });
}

export function useMarkReminderSent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'reminders:markSent'>) => call('reminders:markSent', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.remindersTomorrow }),
  });
}
