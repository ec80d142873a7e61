import { z } from 'zod';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';

/**
 * The client contact list, for whoever has to reach the clients when the clinician cannot (the
 * records custodian): everyone on record, or only the active clients.
 */
export const contactListRequest = z.strictObject({
  who: z.enum(['all', 'active']).default('all'),
  paper: z.enum(PAPER_SIZES).default('A4'),
  password: pdfPassword.optional(),
});
export type ContactListRequest = z.output<typeof contactListRequest>;

export const contactsChannels = {
  /** Asks where to save (the system dialog), prints the contact list, protects it if asked. */
  'contacts:print': { input: contactListRequest, output: exportResult },
} as const;
