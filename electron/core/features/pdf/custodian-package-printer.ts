import type { RetentionRule } from '../../../../shared/clients/retention';
import type { ChannelOutput } from '../../../../shared/contract';
import type {
  Custodian,
  PrintCustodianPackageRequest,
} from '../../../../shared/custodian/custodian-contract';
import type { CustodianPackageDocumentData } from '../../../../shared/custodian/custodian-package';
import { appLocale } from '../../../../shared/dates/app-locale';
import { localDay } from '../../../../shared/dates/format-date';
import type { ExportResult } from '../../../../shared/pdf/pdf-output';
import { signerName } from '../../../../shared/practice/signer-name';
import { AppError } from '../../base/app-error';
import { clientContacts } from '../../db/client-contacts';
import type { Db } from '../../db/connection';
import { secondBackupsRoot, vaultBackupsRoot } from '../../vault/backup-layout';
import { printToChosenPath } from './print-to-chosen-path';
import { savePrintedPdf, type SavedSummary } from './save-printed-pdf';
import type { SummaryExportPorts } from './summary-service';
import type { SummaryPrinter } from './summary-printer';

/** What the PDF says it is: never whose records it opens. */
const PACKAGE_TITLE = 'Records custodian package';

/** No client name and no clinician name: a file name shows in folder listings and email subjects. */
export function custodianPackageFileName(printedOn: string): string {
  return `custodian-package-${printedOn}.pdf`;
}

export interface CustodianPackageSources {
  db: () => Db;
  custodian: { get(): Custodian };
  practice: { get(): ChannelOutput<'practice:get'> };
  retentionRule: () => RetentionRule;
  /** The open vault's folder and id (from its key file). */
  vault: () => { folder: string; id: string };
  /** Where backups go now, and the newest good one. */
  backups: () => { secondFolder: string | null; lastGoodAt: string | null };
  /** The recovery key, unwrapped with the passphrase under the unlock throttle. */
  recoveryKey: (passphrase: string) => Promise<string>;
}

/**
 * The custodian package: who the custodian is, where the vault and its backups are, how to open
 * them with Rapport and without it, the custodian's duties and the retention rule, and, only if the
 * clinician chose them, the client contact list and the recovery key. The audit trail records the
 * choices and the number of clients listed, never a name.
 */
export class CustodianPackagePrinter {
  constructor(
    private readonly sources: CustodianPackageSources,
    private readonly ports: SummaryExportPorts | null,
    private readonly now: () => Date = () => new Date(),
    private readonly locale: () => string = appLocale,
  ) {}

  async document(request: PrintCustodianPackageRequest): Promise<CustodianPackageDocumentData> {
    const { includeContactList, includeRecoveryKey, ...custodian } = this.sources.custodian.get();
    if (!custodian.name) {
      throw new AppError('VALIDATION', 'Name the records custodian in Settings before printing the package.');
    }
    if (includeRecoveryKey && request.passphrase === undefined) {
      throw new AppError('VALIDATION', 'Enter your passphrase to print the recovery key in the package.', {
        issues: [{ path: 'passphrase', message: 'Enter your passphrase.' }],
      });
    }
    const practice = this.sources.practice.get();
    const vault = this.sources.vault();
    const backups = this.sources.backups();
    return {
      kind: 'custodian-package',
      locale: this.locale(),
      paper: request.paper,
      printedOn: localDay(this.now()),
      clinician: {
        name: signerName(practice),
        practice: practice.practiceName,
        address: practice.address,
        phone: practice.phone,
        email: practice.email,
      },
      custodian,
      vault: {
        id: vault.id,
        folder: vault.folder,
        backupsFolder: vaultBackupsRoot(vault.folder),
        secondBackupsFolder: backups.secondFolder ? secondBackupsRoot(backups.secondFolder, vault.id) : null,
        lastBackupAt: backups.lastGoodAt,
      },
      retention: this.sources.retentionRule(),
      contacts: includeContactList ? clientContacts(this.sources.db()) : null,
      // Last, after every refusal above: a wrong passphrase counts towards the unlock throttle.
      recoveryKey: includeRecoveryKey ? await this.sources.recoveryKey(request.passphrase!) : null,
    };
  }

  print(request: PrintCustodianPackageRequest): Promise<ExportResult> {
    return printToChosenPath(this.ports, {
      unavailable: 'Saving the package is not available in this window.',
      prepare: () => this.document(request),
      fileName: (document) => custodianPackageFileName(document.printedOn),
      save: (path, printer, document) => this.saveTo(path, request, printer, document),
    });
  }

  /** Makes the PDF in memory, protects it if asked, writes it once and records it; an unrecorded print is removed. */
  async saveTo(
    path: string,
    request: PrintCustodianPackageRequest,
    printer: SummaryPrinter,
    document?: CustodianPackageDocumentData,
  ): Promise<SavedSummary> {
    const printed = document ?? (await this.document(request));
    return savePrintedPdf({
      printer,
      document: printed,
      path,
      password: request.password,
      title: PACKAGE_TITLE,
      db: this.sources.db(),
      audit: (isProtected) => ({
        action: 'custodian.package-printed',
        entity: 'settings',
        detail: [
          `paper=${request.paper}`,
          `protected=${isProtected ? 'yes' : 'no'}`,
          `contacts=${printed.contacts === null ? 'no' : printed.contacts.length}`,
          `recoveryKey=${printed.recoveryKey === null ? 'no' : 'yes'}`,
        ].join('; '),
      }),
    });
  }
}
