import { z } from 'zod';
import { PAPER_SIZES, exportResult, pdfPassword } from '../pdf/pdf-output';
import { MAX_PASSPHRASE_LENGTH } from '../vault/passphrase-limits';

/**
 * The records custodian: the colleague the clinician has arranged with to look after the records
 * if the clinician dies or can no longer practise. Kept in the vault's settings and printed in the
 * custodian package. Nothing here is about a client.
 */
const line = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`).default('');

export const custodianSchema = z.strictObject({
  name: line(200),
  /** Their profession and registration as a client or regulator would read it, e.g. "Clinical psychologist". */
  role: line(200),
  phone: line(60),
  email: z.union([z.literal(''), z.email('That does not look like an email address.').max(200)]).default(''),
  address: line(600),
  /** What the clinician wants the custodian to know or do, in their own words. */
  instructions: line(4000),
  /** Every client's name and contact details, printed in the package so the custodian can tell them. */
  includeContactList: z.boolean().default(false),
  /** The recovery key opens the whole vault: whoever holds the package can read every record. */
  includeRecoveryKey: z.boolean().default(false),
});

export type Custodian = z.output<typeof custodianSchema>;
export type CustodianInput = z.input<typeof custodianSchema>;

export const EMPTY_CUSTODIAN: Custodian = custodianSchema.parse({});

export const printCustodianPackageRequest = z.strictObject({
  paper: z.enum(PAPER_SIZES).default('A4'),
  password: pdfPassword.optional(),
  /** Only when the recovery key is to be printed: it is unwrapped with the passphrase, as when revealed. */
  passphrase: z.string().min(1, 'Enter your passphrase.').max(MAX_PASSPHRASE_LENGTH).optional(),
});
export type PrintCustodianPackageRequest = z.output<typeof printCustodianPackageRequest>;

export const custodianChannels = {
  'custodian:get': { input: z.strictObject({}), output: custodianSchema },
  'custodian:update': { input: custodianSchema, output: custodianSchema },
  /** The custodian package as a PDF, saved where the clinician chooses. */
  'custodian:printPackage': { input: printCustodianPackageRequest, output: exportResult },
} as const;
