import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { queryKeys } from '../bridge/query-keys';
import { call } from '../bridge/call';

/**
 * Appointments are read per visible range and per client. Every change invalidates both, and
 * billing too (what can be invoiced follows attendance).
 */
export function invalidateSchedule(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.appointments }),
    queryClient.invalidateQueries({ queryKey: queryKeys.billing }),
  ]).then(() => undefined);
}

export function useAppointmentsInRange(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.appointmentsInRange(from, to),
    queryFn: () => call('appointments:range', { from, to }),
  });
}

export function useClientAppointments(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientAppointments(clientId),
    queryFn: () => call('appointments:forClient', { clientId }),
  });
}

export function useCreateAppointments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'appointments:create'>) => call('appointments:create', input),
    onSuccess: () => invalidateSchedule(queryClient),
  });
}

export function useUpdateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'appointments:update'>) => call('appointments:update', input),
    onSuccess: () => invalidateSchedule(queryClient),
  });
}

export function useSetAttendance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'appointments:setStatus'>) => call('appointments:setStatus', input),
    onSuccess: () => invalidateSchedule(queryClient),
  });
}

export function useStartNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'appointments:startNote'>) => call('appointments:startNote', input),
    // A new note exists: whatever lists notes (unsigned notes on Home, the client's notes) is stale,
    // and the appointment now knows its note.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.notes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.appointments }),
      ]),
  });
}

export function useExportIcs() {
  return useMutation({
    mutationFn: (input: ChannelInput<'calendar:exportIcs'>) => call('calendar:exportIcs', input),
  });
}
