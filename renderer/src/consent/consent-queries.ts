import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientConsent } from '../../../shared/consent/consent-contract';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';
import { queryKeys } from '../bridge/query-keys';

export function useConsentTemplates() {
  return useQuery({ queryKey: queryKeys.consentTemplates, queryFn: () => call('consent:templates', {}) });
}

export function useSaveConsentTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'consent:saveTemplate'>) => call('consent:saveTemplate', input),
    onSuccess: (templates) => {
      queryClient.setQueryData(queryKeys.consentTemplates, templates);
      // A new version changes what every client is asked to sign.
      void queryClient.invalidateQueries({ queryKey: queryKeys.consent });
    },
  });
}

export function useClientConsent(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientConsent(clientId),
    queryFn: () => call('consent:forClient', { clientId }),
  });
}

/**
 * A stored paper scan, to look at. It is kept out of the cache once its dialog closes (gcTime 0),
 * so a signed page does not linger in memory after it was seen.
 */
export function useConsentScan(documentId: string) {
  return useQuery({
    queryKey: queryKeys.consentScan(documentId),
    queryFn: () => call('consent:scan', { documentId }),
    gcTime: 0,
    staleTime: Infinity,
  });
}

export function usePrepareConsent() {
  return useMutation({
    mutationFn: (input: ChannelInput<'consent:prepare'>) => call('consent:prepare', input),
  });
}

export function useSignConsent(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'consent:sign'>) => call('consent:sign', input),
    onSuccess: (consent: ClientConsent) =>
      queryClient.setQueryData(queryKeys.clientConsent(clientId), consent),
  });
}

/** The save dialog, then the PDF; pending for as long as both take. */
export function usePrintConsent() {
  return useMutation({
    mutationFn: (request: ChannelInput<'consent:print'>) => call('consent:print', request),
  });
}

export function usePrintPacket() {
  return useMutation({
    mutationFn: (request: ChannelInput<'consent:printPacket'>) => call('consent:printPacket', request),
  });
}
