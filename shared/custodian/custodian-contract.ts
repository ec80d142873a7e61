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

/** What the custodian is told when anything would change the record. */
export const CUSTODIAN_REFUSAL =
  'Read-only custodian mode: nothing can be changed. Records and the contact list can be read and printed.';

export const recoveryKeyInput = z.string().min(1, 'Enter the recovery key.').max(200);

export const custodianChannels = {
  'custodian:get': { input: z.strictObject({}), output: custodianSchema },
  'custodian:update': { input: custodianSchema, output: custodianSchema },
  /** The custodian package as a PDF, saved where the clinician chooses. */
  'custodian:printPackage': { input: printCustodianPackageRequest, output: exportResult },
  /**
   * The records custodian opens the vault with the recovery key: read-only, the passphrase left as
   * it is, and everything done in the session recorded as the custodian's.
   */
  'vault:unlockAsCustodian': { input: z.strictObject({ recoveryKey: recoveryKeyInput }), output: z.null() },
} as const;

/**
 * The only channels the router answers in the custodian's session: ones that read the record or
 * print it, and what keeps the page alive. Everything else is refused, so a channel added later is
 * refused here until someone decides it only reads (and the database refuses its writes anyway).
 */
export const CUSTODIAN_ALLOWED = [
  'vault:status',
  'vault:lock',
  'vault:saved',
  'vault:activity',
  'app:locale',
  'settings:get',
  'clientMode:status',
  'clients:list',
  'clients:get',
  'clients:history',
  'goals:get',
  'goals:reviewsDue',
  'goals:modalities',
  'diagnoses:list',
  'safetyPlan:get',
  'consent:templates',
  'consent:forClient',
  'consent:scan',
  'notes:list',
  'notes:get',
  'notes:search',
  'notes:alliance',
  'notes:unsigned',
  'notes:openRuptures',
  'checklist:list',
  'checklist:groups',
  'amendments:list',
  'amendments:forNote',
  'amendments:due',
  'risk:history',
  'risk:forNote',
  'risk:due',
  'risk:intervals',
  'measures:forClient',
  'measures:due',
  'measures:riskFlags',
  'practice:get',
  'summary:preview',
  'summary:export',
  'record:print',
  'contacts:print',
  'appointments:range',
  'appointments:forClient',
  'reminders:template',
  'reminders:tomorrow',
  'billing:settings',
  'fees:list',
  'fees:getClientFee',
  'invoices:list',
  'payments:list',
  'billing:balances',
  'insurance:get',
  'backup:status',
  'integrity:status',
  'audit:list',
  'audit:verify',
  'retention:rule',
  'retention:forClient',
  'retention:past',
  'retention:destructions',
] as const;
