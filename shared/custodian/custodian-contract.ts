import { z } from 'zod';

/** What the custodian is told when anything would change the record. */
export const CUSTODIAN_REFUSAL =
  'Read-only custodian mode: nothing can be changed. Records and the contact list can be read and printed.';

export const recoveryKeyInput = z.string().min(1, 'Enter the recovery key.').max(200);

export const custodianChannels = {
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
