import { appLocale, supportedLocale } from '../../../shared/dates/app-locale';
import { AppError } from '../base/app-error';
import type { VaultSession } from '../session/vault-session';
import type { Handlers } from './router';
import type { Services } from './services';

function assertConfirmed(a: string, b: string): void {
  if (a !== b) {
    throw new AppError('VALIDATION', 'The two passphrases are not the same.', {
      issues: [{ path: 'confirmation', message: 'This does not match the passphrase above.' }],
    });
  }
}

/** Binds each channel of the contract to the service that answers it. */
export function createHandlers(
  session: VaultSession,
  services: Services,
  locale: () => string = appLocale,
): Handlers {
  const {
    audit,
    backups,
    billing,
    billingDocuments,
    checklist,
    clientMode,
    clients,
    consent,
    consentPrinter,
    diagnoses,
    exporter,
    files,
    goals,
    integrity,
    notes,
    practice,
    restore,
    retention,
    risk,
    safetyPlans,
    safetyPlanPrinter,
    schedule,
    summary,
    superbills,
  } = services;
  return {
    'vault:status': () => session.status(),
    'integrity:status': () => integrity.status(),
    'integrity:check': () => integrity.check('asked'),
    'vault:create': async ({ passphrase, confirmation }) => {
      assertConfirmed(passphrase, confirmation);
      return { recoveryKey: await session.create(passphrase) };
    },
    'vault:confirmRecoverySaved': () => {
      session.confirmRecoverySaved();
      return null;
    },
    'vault:revealRecoveryKey': async ({ passphrase }) => ({
      recoveryKey: await session.revealRecoveryKey(passphrase),
    }),
    'vault:unlock': async ({ passphrase }) => {
      await session.unlock(passphrase);
      return null;
    },
    'vault:recover': async ({ recoveryKey, newPassphrase, confirmation }) => {
      assertConfirmed(newPassphrase, confirmation);
      await session.recover(recoveryKey, newPassphrase);
      return null;
    },
    'vault:unlockAsCustodian': async ({ recoveryKey }) => {
      await session.unlockAsCustodian(recoveryKey);
      return null;
    },
    'vault:changePassphrase': async ({ current, newPassphrase, confirmation }) => {
      assertConfirmed(newPassphrase, confirmation);
      await session.changePassphrase(current, newPassphrase);
      return null;
    },
    'vault:lock': () => {
      session.lock('user');
      return null;
    },
    'vault:saved': () => {
      session.editorsSaved();
      return null;
    },
    'vault:activity': () => {
      session.touch();
      return null;
    },
    'app:locale': () => ({ locale: supportedLocale(locale()) }),
    'settings:get': () => ({ autoLockMinutes: session.autoLockMinutes() }),
    'settings:update': ({ autoLockMinutes }) => {
      if (autoLockMinutes !== undefined) session.setAutoLockMinutes(autoLockMinutes);
      return { autoLockMinutes: session.autoLockMinutes() };
    },
    'clients:list': (input) => clients.list(input),
    'clients:createEnquiry': (input) => clients.createEnquiry(input),
    'clients:get': ({ id }) => clients.get(id),
    'clients:history': ({ id }) => clients.history(id),
    'clients:changeStatus': (input) => clients.changeStatus(input),
    'intake:saveDraft': (input) => clients.saveDraft(input),
    'intake:discardDraft': ({ clientId }) => clients.discardDraft(clientId),
    'intake:save': (input) => clients.saveIntake(input),
    'clientMode:status': () => clientMode.status(),
    'clientMode:start': (input) => clientMode.start(input),
    'clientMode:submitFeedback': ({ answers, message }) => clientMode.submitFeedback(answers, message),
    'clientMode:submitMeasure': ({ instrumentId, answers }) =>
      clientMode.submitMeasure(instrumentId, answers),
    'clientMode:signDocument': (input) => clientMode.signDocument(input),
    'clientMode:leave': ({ secret }) => clientMode.leave(secret),
    'clientMode:setPin': ({ pin }) => clientMode.setPin(pin),
    'goals:get': ({ clientId }) => goals.get(clientId),
    'goals:saveVersion': (input) => goals.saveVersion(input),
    'goals:agree': (input) => goals.agree(input),
    'goals:rate': (input) => goals.rate(input),
    'goals:setStatus': (input) => goals.setStatus(input),
    'goals:reviewsDue': ({ within }) => goals.reviewsDue(within),
    'retention:rule': () => retention.rule(),
    'retention:setRule': (input) => retention.setRule(input),
    'retention:forClient': ({ clientId }) => retention.forClient(clientId),
    'retention:past': () => retention.past(),
    'retention:preview': ({ clientId }) => retention.preview(clientId),
    'retention:destroy': (input) => retention.destroy(input),
    'retention:destructions': () => retention.destructions(),
    'safetyPlan:get': ({ clientId }) => safetyPlans.get(clientId),
    'safetyPlan:save': (input) => safetyPlans.save(input),
    'safetyPlan:agree': (input) => safetyPlans.agree(input),
    'safetyPlan:print': (input) => safetyPlanPrinter.print(input),
    'consent:templates': () => consent.templates(),
    'consent:saveTemplate': (input) => consent.saveTemplate(input),
    'consent:forClient': ({ clientId }) => consent.forClient(clientId),
    'consent:prepare': (input) => consent.toSign(input),
    'consent:sign': (input) => consent.sign(input),
    'consent:scan': ({ documentId }) => consent.scan(documentId),
    'consent:print': (input) => consentPrinter.print(input),
    'consent:printPacket': (input) => consentPrinter.printPacket(input),
    'record:print': (input) => services.recordPrinter.print(input),
    'contacts:print': (input) => services.contactsPrinter.print(input),
    'goals:reviewObjectives': (input) => goals.reviewObjectives(input),
    'goals:modalities': () => services.modalities.get(),
    'goals:setModalities': ({ custom }) => services.modalities.set(custom),
    'notes:list': ({ clientId }) => notes.list(clientId),
    'notes:get': ({ id }) => notes.get(id),
    'notes:create': (input) => notes.create(input),
    'notes:save': (input) => notes.save(input),
    'notes:saveProcessNote': (input) => notes.saveProcessNote(input),
    'notes:sign': ({ id }) => notes.sign(id),
    'notes:addAddendum': (input) => notes.addAddendum(input),
    'notes:search': ({ query, limit }) => notes.search(query, limit),
    'notes:alliance': ({ clientId }) => notes.alliance(clientId),
    'notes:unsigned': () => notes.unsigned(),
    'notes:openRuptures': () => notes.openRuptures(),
    'amendments:list': ({ clientId }) => services.amendments.list(clientId),
    'amendments:forNote': ({ noteId }) => services.amendments.forNote(noteId),
    'amendments:due': () => services.amendments.due(),
    'amendments:log': (input) => services.amendments.log(input),
    'amendments:extend': (input) => services.amendments.extend(input),
    'amendments:accept': (input) => services.amendments.accept(input),
    'amendments:deny': (input) => services.amendments.deny(input),
    'amendments:addDisagreement': (input) => services.amendments.addDisagreement(input),
    'amendments:addRebuttal': (input) => services.amendments.addRebuttal(input),
    'amendments:printLetter': (input) => services.amendmentLetters.print(input),
    'risk:history': ({ clientId }) => risk.history(clientId),
    'risk:record': (input) => risk.record(input),
    'risk:update': (input) => risk.update(input),
    'risk:forNote': ({ noteId }) => risk.forNote(noteId),
    'risk:due': () => risk.due(),
    'risk:intervals': () => risk.intervals(),
    'risk:setIntervals': (input) => risk.setIntervals(input),
    'measures:forClient': ({ clientId }) => services.measures.forClient(clientId),
    'measures:record': (input) => services.measures.record(input),
    'measures:schedule': (input) => services.measures.schedule(input),
    'measures:due': () => services.measures.due(),
    'measures:riskFlags': () => services.measures.riskFlags(),
    'checklist:list': () => checklist.list(),
    'checklist:save': (input) => checklist.save(input),
    'checklist:groups': () => checklist.groups(),
    'checklist:saveGroups': (input) => checklist.saveGroups(input),
    'backup:status': () => backups.status(),
    'backup:run': () => backups.runWithProgress(),
    'backup:list': async ({ passphrase }) => ({ entries: await backups.list(passphrase) }),
    'backup:inspect': (input) => {
      if ('passphrase' in input) return restore.preview(input.path, { passphrase: input.passphrase });
      if ('recoveryKey' in input) return restore.preview(input.path, { recoveryKey: input.recoveryKey });
      return restore.preview(input.path, null);
    },
    'backup:restore': (input) => {
      if ('passphrase' in input) return restore.restore(input.from, { passphrase: input.passphrase });
      assertConfirmed(input.newPassphrase, input.confirmation);
      return restore.restore(input.from, {
        recoveryKey: input.recoveryKey,
        newPassphrase: input.newPassphrase,
      });
    },
    'backup:setSecondFolder': ({ path }) => backups.setSecondFolder(path),
    'audit:list': (input) => audit.list(input),
    'audit:verify': () => audit.verify(),
    'audit:export': ({ outDir }) => audit.exportCsv(outDir),
    'export:vault': (input) => exporter.exportAll(input),
    'export:cancel': () => exporter.cancel(),
    'import:vault': ({ from, passphrase, confirmation }) => {
      assertConfirmed(passphrase, confirmation);
      return services.importer.importAsNewVault({ from, passphrase });
    },
    'import:cancel': () => services.importer.cancel(),
    'files:chooseFolder': ({ purpose }) => files.chooseFolder(purpose),
    'custodian:get': () => services.custodian.get(),
    'custodian:update': (input) => services.custodian.update(input),
    'custodian:printPackage': (input) => services.custodianPackage.print(input),
    'practice:get': () => practice.get(),
    'practice:update': (input) => practice.update(input),
    'summary:preview': ({ clientId }) => summary.preview(clientId),
    'summary:export': (input) => summary.export(input),
    'appointments:range': ({ from, to }) => schedule.range(from, to),
    'appointments:forClient': ({ clientId }) => schedule.forClient(clientId),
    'appointments:create': (input) => schedule.create(input),
    'appointments:update': (input) => schedule.update(input),
    'appointments:setStatus': (input) => schedule.setStatus(input),
    'appointments:startNote': (input) => schedule.startNote(input),
    'calendar:exportIcs': (input) => schedule.exportIcs(input),
    'reminders:template': () => services.reminders.template(),
    'reminders:setTemplate': (input) => services.reminders.setTemplate(input),
    'reminders:tomorrow': () => services.reminders.tomorrow(),
    'reminders:saveIcs': ({ appointmentId }) => services.reminders.saveIcs(appointmentId),
    'reminders:draft': ({ appointmentId }) => services.reminders.draft(appointmentId),
    'reminders:markSent': ({ appointmentId, sent }) => services.reminders.markSent(appointmentId, sent),
    'billing:settings': () => billing.settings(),
    'billing:updateSettings': (input) => billing.updateSettings(input),
    'fees:list': () => billing.services(),
    'fees:save': (input) => billing.saveServices(input),
    'fees:getClientFee': ({ clientId }) => billing.clientFee(clientId),
    'fees:setClientFee': (input) => billing.setClientFee(input),
    'diagnoses:list': ({ clientId }) => diagnoses.list(clientId),
    'diagnoses:add': (input) => diagnoses.add(input),
    'diagnoses:update': (input) => diagnoses.update(input),
    'insurance:get': ({ clientId }) => billing.insurance(clientId),
    'insurance:set': (input) => billing.setInsurance(input),
    'invoices:create': (input) => billing.createInvoice(input),
    'invoices:list': ({ clientId }) => billing.invoices(clientId ?? null),
    'invoices:void': ({ id, reason }) => billing.voidInvoice(id, reason),
    'payments:record': (input) => billing.recordPayment(input),
    'payments:list': ({ clientId }) => billing.payments(clientId),
    'billing:balances': () => billing.balances(),
    'billing:superbillPreview': (input) => superbills.preview(input),
    'billing:superbill': (input) => superbills.export(input),
    'billing:documentSettings': () => billing.documentSettings(),
    'billing:updateDocumentSettings': (input) => billing.updateDocumentSettings(input),
    'billing:invoicePdf': (input) => billingDocuments.exportInvoice(input),
    'billing:receiptPdf': (input) => billingDocuments.exportReceipt(input),
    'billing:statementPdf': (input) => billingDocuments.exportStatement(input),
    'billing:statementBatchPlan': (input) => billingDocuments.batchPlan(input),
    'billing:statementToFolder': (input) => billingDocuments.statementToFolder(input),
  };
}
