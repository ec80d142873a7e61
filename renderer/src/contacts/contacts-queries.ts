import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../bridge/call';

/** The save dialog, then the PDF; pending for as long as both take. */
export function usePrintContacts() {
  return useMutation({
    mutationFn: (request: ChannelInput<'contacts:print'>) => call('contacts:print', request),
  });
}
