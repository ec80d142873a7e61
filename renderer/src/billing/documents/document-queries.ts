import { useMutation } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { call } from '../../bridge/call';

/** What the dialog prints: one invoice, one payment's receipt, or a client's statement for a period. */
export type BillRequest =
  | { kind: 'invoice'; input: ChannelInput<'billing:invoicePdf'> }
  | { kind: 'receipt'; input: ChannelInput<'billing:receiptPdf'> }
  | { kind: 'statement'; input: ChannelInput<'billing:statementPdf'> };

/** The save dialog, then the PDF; pending for as long as both take. */
export function useExportBill() {
  return useMutation({
    mutationFn: (request: BillRequest) => {
      if (request.kind === 'invoice') return call('billing:invoicePdf', request.input);
      if (request.kind === 'receipt') return call('billing:receiptPdf', request.input);
      return call('billing:statementPdf', request.input);
    },
  });
}
