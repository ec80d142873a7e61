import { signerName } from '../../../shared/practice/signer-name';
import type { Db } from '../db/connection';
import { AmendmentService } from '../features/amendments/amendment-service';
import { AuditService } from '../features/audit/audit-service';
import { BackupService } from '../features/backup/backup-service';
import { RestoreService } from '../features/backup/restore-service';
import { BillingService } from '../features/billing/billing-service';
import { ClientModeService } from '../features/client-mode/client-mode-service';
import { ClientsService, type Actor } from '../features/clients/clients-service';
import { ConsentService } from '../features/consent/consent-service';
import { CustodianService } from '../features/custodian/custodian-service';
import { DiagnosesService } from '../features/diagnoses/diagnoses-service';
import { ExportService, exportInBackground } from '../features/export/export-service';
import { VaultImportService } from '../features/export/vault-import-service';
import type { KdfParams } from '../vault/key-file';
import { FilesService, type ChooseFolder } from '../features/files/files-service';
import { IntegrityService } from '../features/integrity/integrity-service';
import { MeasuresService } from '../features/measures/measures-service';
import { GoalsService } from '../features/goals/goals-service';
import { ModalitiesService } from '../features/goals/modalities-service';
import { ChecklistService } from '../features/notes/checklist-service';
import { NotesService } from '../features/notes/notes-service';
import { ConsentPrinter } from '../features/pdf/consent-printer';
import { CustodianPackagePrinter } from '../features/pdf/custodian-package-printer';
import { BillingDocumentsService } from '../features/pdf/billing-documents-service';
import { RecordPrinter } from '../features/pdf/record-printer';
import { ContactsPrinter } from '../features/pdf/contacts-printer';
import { AmendmentLetterPrinter } from '../features/pdf/amendment-letter-printer';
import { SafetyPlanPrinter } from '../features/pdf/safety-plan-printer';
import { SummaryService, type SummaryExportPorts } from '../features/pdf/summary-service';
import { SuperbillService } from '../features/pdf/superbill-service';
import { PracticeService } from '../features/practice/practice-service';
import { RetentionService } from '../features/retention/retention-service';
import { ReminderService } from '../features/reminders/reminder-service';
import { RiskService } from '../features/risk/risk-service';
import { SafetyPlanService } from '../features/safety-plan/safety-plan-service';
import { ScheduleService } from '../features/schedule/schedule-service';
import type { VaultSession } from '../session/vault-session';
import { readKeyFileIn } from '../vault/backups/backup-catalogue';
import { AppError } from '../base/app-error';

/*
 * The composition root: the one place that builds the services and wires the features that need
 * each other (a note's GIRP ratings reach the goals, an appointment writes its note, the summary
 * and superbill read the record). The router, every command of the command line and the demo
 * generator get their services here, so each runs exactly the code the app runs.
 */

export interface RecordServiceOptions {
  /** Who the audit trail names for changes (the clinician in the app, or the command line). */
  actor?: Actor;
  /** The clock every service stamps with; the demo generator sets it to the day being written. */
  now?: () => Date;
  /** The shell's printer and save dialog; without them a PDF can still be saved to a path given. */
  summaryExport?: SummaryExportPorts;
  /** The system's locale, which PDFs are written in as the screens are; the process's own by default. */
  locale?: () => string;
}

/** What works on the record itself: everything a database is enough for. */
export interface RecordServices {
  amendments: AmendmentService;
  amendmentLetters: AmendmentLetterPrinter;
  audit: AuditService;
  billing: BillingService;
  billingDocuments: BillingDocumentsService;
  checklist: ChecklistService;
  clients: ClientsService;
  consent: ConsentService;
  consentPrinter: ConsentPrinter;
  contactsPrinter: ContactsPrinter;
  custodian: CustodianService;
  diagnoses: DiagnosesService;
  goals: GoalsService;
  measures: MeasuresService;
  modalities: ModalitiesService;
  notes: NotesService;
  practice: PracticeService;
  recordPrinter: RecordPrinter;
  reminders: ReminderService;
  risk: RiskService;
  safetyPlans: SafetyPlanService;
  safetyPlanPrinter: SafetyPlanPrinter;
  schedule: ScheduleService;
  summary: SummaryService;
  superbills: SuperbillService;
}

export function createRecordServices(db: () => Db, options: RecordServiceOptions = {}): RecordServices {
  const now = options.now ?? (() => new Date());
  const ports = options.summaryExport ?? null;
  const clients = new ClientsService(db, options.actor ?? 'clinician', now);
  const goals = new GoalsService(db, now);
  const practice = new PracticeService(db);
  const notes = new NotesService(db, goals, () => signerName(practice.get()), now);
  const billing = new BillingService(db, now);
  const risk = new RiskService(
    db,
    { clients, signer: () => signerName(practice.get()), timeZone: () => billing.settings().timeZone },
    now,
  );
  const safetyPlans = new SafetyPlanService(db, now);
  const measures = new MeasuresService(
    db,
    { signer: () => signerName(practice.get()), timeZone: () => billing.settings().timeZone },
    now,
  );
  const consent = new ConsentService(db, { clients, practice, billing }, now);
  const timeZone = () => billing.settings().timeZone;
  const amendments = new AmendmentService(db, notes, timeZone, now);
  return {
    amendments,
    amendmentLetters: new AmendmentLetterPrinter({ db, amendments, practice }, ports, now, options.locale),
    audit: new AuditService(db, now),
    billing,
    billingDocuments: new BillingDocumentsService(
      { db, clients, practice, billing },
      ports,
      now,
      options.locale,
    ),
    checklist: new ChecklistService(db),
    clients,
    consent,
    consentPrinter: new ConsentPrinter(
      { db, consent, clients, practice, billing },
      ports,
      now,
      options.locale,
    ),
    contactsPrinter: new ContactsPrinter({ db, practice }, ports, now, options.locale),
    custodian: new CustodianService(db),
    diagnoses: new DiagnosesService(db, options.actor ?? 'clinician', now),
    goals,
    measures,
    modalities: new ModalitiesService(db),
    notes,
    practice,
    recordPrinter: new RecordPrinter({ db, clients, practice, goals }, ports, now, options.locale),
    reminders: new ReminderService(
      db,
      { timeZone, clinician: () => practice.get() },
      ports,
      now,
      options.locale,
    ),
    risk,
    safetyPlans,
    safetyPlanPrinter: new SafetyPlanPrinter(
      { db, safetyPlans, clients, practice },
      ports,
      now,
      options.locale,
    ),
    schedule: new ScheduleService(db, () => billing.settings().timeZone, notes, now),
    summary: new SummaryService(
      { db, clients, goals, measures, notes, practice, risk, safetyPlans },
      ports,
      now,
      options.locale,
    ),
    superbills: new SuperbillService({ db, clients, practice, billing }, ports, now, options.locale),
  };
}

export interface ServiceOptions extends RecordServiceOptions {
  /** The shell's folder picker; without it 'files:chooseFolder' says it is unavailable. */
  chooseFolder?: ChooseFolder;
  /** The key derivation of a vault made from an export (tests make it cheap); the strong default otherwise. */
  kdf?: KdfParams;
  /**
   * The whole-vault export writes on the open connection, in this thread, rather than in a worker:
   * for the command line, which has no window to keep answering and no Cancel to hear.
   */
  exportOnThisThread?: boolean;
}

/** The record's services and those of the vault around it: backups, restore, the open export. */
export interface Services extends RecordServices {
  backups: BackupService;
  clientMode: ClientModeService;
  custodianPackage: CustodianPackagePrinter;
  restore: RestoreService;
  exporter: ExportService;
  importer: VaultImportService;
  files: FilesService;
  integrity: IntegrityService;
  retention: RetentionService;
}

export function createServices(session: VaultSession, options: ServiceOptions = {}): Services {
  const now = options.now ?? (() => new Date());
  const db = () => session.db();
  const backups = new BackupService(session, now);
  const restore = new RestoreService(session, backups, now);
  const record = createRecordServices(db, options);
  const retention = new RetentionService(
    db,
    (passphrase) => session.verifyPassphrase(passphrase),
    options.actor ?? 'clinician',
    now,
  );
  return {
    ...record,
    backups,
    restore,
    importer: new VaultImportService(
      session,
      (path, passphrase, record) => restore.restore({ path }, { passphrase }, record),
      options.kdf,
    ),
    clientMode: new ClientModeService(
      session,
      { notes: record.notes, measures: record.measures, consent: record.consent },
      () => now().getTime(),
    ),
    custodianPackage: new CustodianPackagePrinter(
      {
        db,
        custodian: record.custodian,
        practice: record.practice,
        retentionRule: () => retention.rule(),
        vault: () => ({ folder: session.dir, id: openVaultId(session.dir) }),
        backups: () => {
          const status = backups.status();
          return { secondFolder: status.secondFolder, lastGoodAt: status.lastGood?.createdAt ?? null };
        },
        recoveryKey: (passphrase) => session.revealRecoveryKey(passphrase),
      },
      options.summaryExport ?? null,
      now,
      options.locale,
    ),
    exporter: new ExportService(
      db,
      session.dir,
      now,
      options.exportOnThisThread ? null : exportInBackground(session),
    ),
    files: new FilesService(options.chooseFolder ?? null),
    integrity: new IntegrityService(session),
    retention,
  };
}

function openVaultId(dir: string): string {
  const keyFile = readKeyFileIn(dir);
  if (!keyFile) throw new AppError('VAULT_DAMAGED', 'The vault’s key file could not be read.');
  return keyFile.vaultId;
}
