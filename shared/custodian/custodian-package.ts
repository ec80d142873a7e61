import type { RetentionRule } from '../clients/retention';
import type { ClientStatus } from '../clients/client-status';
import type { PaperSize } from '../pdf/pdf-output';
import type { Custodian } from './custodian-contract';

/** A client as a custodian needs them to get in touch: who, how to reach them, whether current. Nothing clinical. */
export interface ClientContact {
  id: string;
  chosenName: string;
  /** '' when not recorded, or the same as the chosen name. */
  legalName: string;
  phone: string;
  email: string;
  status: ClientStatus;
  /** The last signed session or attended appointment; '' when there was none. */
  lastSession: string;
}

/**
 * The custodian package: everything a colleague needs to take over the records if the clinician
 * dies or is incapacitated. Secrets only by the clinician's choice: the contact list and the
 * recovery key are null unless chosen.
 */
export interface CustodianPackageDocumentData {
  kind: 'custodian-package';
  /** The locale its dates are written in: the system's, as on the screens. */
  locale: string;
  paper: PaperSize;
  printedOn: string;
  clinician: { name: string; practice: string; address: string; phone: string; email: string };
  custodian: Omit<Custodian, 'includeContactList' | 'includeRecoveryKey'>;
  vault: {
    id: string;
    folder: string;
    /** The vault's own backups, inside its folder. */
    backupsFolder: string;
    /** This vault's backups in the second folder, or null when none is set. */
    secondBackupsFolder: string | null;
    /** When the newest good backup was made (ISO), or null. */
    lastBackupAt: string | null;
  };
  retention: RetentionRule;
  contacts: ClientContact[] | null;
  recoveryKey: string | null;
}
