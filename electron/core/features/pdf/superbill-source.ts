import { DateTime } from 'luxon';
import type { ChannelOutput } from '../../../../shared/contract';
import { invoiceLineFor } from '../../../../shared/billing/invoice-line';
import { sumMinor } from '../../../../shared/billing/money';
import {
  PLACES_OF_SERVICE,
  TELEHEALTH_MODIFIERS,
  type SuperbillDocumentData,
  type SuperbillGap,
  type SuperbillOptions,
} from '../../../../shared/billing/superbill-contract';
import type { Practice } from '../../../../shared/practice/practice-contract';
import { appLocale } from '../../../../shared/dates/app-locale';
import { formatDate } from '../../../../shared/dates/format-date';
import * as billing from '../../db/billing';
import { currentDiagnoses } from '../../db/diagnoses';
import type { Db } from '../../db/connection';
import { AppError } from '../../base/app-error';
import { chargesFor, clientPaidTowards } from './superbill-payments';

export interface SuperbillSources {
  db: () => Db;
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  practice: { get(): ChannelOutput<'practice:get'> };
  billing: { settings(): Pick<ChannelOutput<'billing:settings'>, 'currency' | 'timeZone'> };
}

const PRACTICE_SETTINGS = 'Settings → Practice and letterhead';

function practiceGaps(practice: Practice): SuperbillGap[] {
  const gaps: SuperbillGap[] = [];
  const add = (key: SuperbillGap['key'], message: string) =>
    gaps.push({ key, message, where: 'practice', blocking: false, draftOnly: key !== 'practiceContact' });
  if (!practice.clinicianName) add('clinician', `Your name is missing: add it in ${PRACTICE_SETTINGS}.`);
  if (!practice.licenceNumber || !practice.licenceJurisdiction)
    add('licence', `Your licence number and where it was issued: add them in ${PRACTICE_SETTINGS}.`);
  if (!practice.npi) add('npi', `Your NPI is missing: add it in ${PRACTICE_SETTINGS}.`);
  if (!practice.taxId) add('taxId', `Your tax ID (EIN) is missing: add it in ${PRACTICE_SETTINGS}.`);
  if (!practice.address || !practice.phone)
    add('practiceContact', `The practice address and phone: add them in ${PRACTICE_SETTINGS}.`);
  return gaps;
}

function requireCurrency(found: string, currency: string): void {
  if (found !== currency) {
    throw new AppError(
      'VALIDATION',
      `Part of this period was billed in ${found} and the practice now bills in ${currency}: choose a period in one currency.`,
    );
  }
}

/**
 * Everything a superbill for one client and period holds, read through the services the app uses.
 * A session already invoiced shows what its invoice charged; one not yet invoiced shows the fee
 * the next invoice would charge. Payments are the client's towards those sessions, whenever received.
 */
export function gatherSuperbill(
  sources: SuperbillSources,
  options: SuperbillOptions,
  now: Date,
): SuperbillDocumentData {
  const { clientId, from, to } = options;
  const record = sources.clients.get(clientId);
  const { currency, timeZone } = sources.billing.settings();
  const practice = sources.practice.get();
  const db = sources.db();
  const billed = new Map(billing.issuedLinesBetween(db, clientId, from, to).map((l) => [l.appointmentId, l]));
  const fee = billing.getClientFee(db, clientId);
  const schedule = billing.listServices(db);

  const services = billing.attendedSessionsBetween(db, clientId, from, to).map((session) => {
    const invoiced = billed.get(session.id);
    if (invoiced) requireCurrency(invoiced.currency, currency);
    const line = invoiced
      ? { code: invoiced.code, description: invoiced.description, amountMinor: invoiced.amountMinor }
      : invoiceLineFor({ status: 'attended', serviceId: session.serviceId }, fee, schedule);
    return {
      appointmentId: session.id,
      date: session.localDate,
      placeOfService:
        session.modality === 'in-person' ? PLACES_OF_SERVICE.office : PLACES_OF_SERVICE.telehealth,
      code: line.code,
      modifier: session.modality === 'in-person' ? ('' as const) : TELEHEALTH_MODIFIERS[session.modality],
      description: line.description,
      // Psychotherapy codes are per session, not timed units.
      units: 1,
      feeMinor: line.amountMinor,
    };
  });
  const allPayments = billing.listPayments(db, clientId);
  for (const p of allPayments) if (p.method !== 'insurance') requireCurrency(p.currency, currency);
  const paid = clientPaidTowards(
    new Set(services.map((s) => s.appointmentId)),
    chargesFor(
      billing.issuedLines(db, clientId),
      services.filter((s) => !billed.has(s.appointmentId)),
    ),
    allPayments,
  );
  const payments = paid.payments.map(({ payment, appliedMinor }) => ({
    date: payment.receivedOn,
    method: payment.method,
    amountMinor: payment.amountMinor,
    appliedMinor,
  }));
  const chargedMinor = sumMinor(services.map((s) => s.feeMinor ?? 0));
  const paidMinor = sumMinor(payments.map((p) => p.appliedMinor));

  const identity = record.intake.identity;
  const legalName = record.legalName || identity.legalName;
  const diagnoses = currentDiagnoses(db, clientId);
  const insurance = billing.getInsurance(db, clientId) ?? null;
  const gaps: SuperbillGap[] = [];
  if (services.length === 0) {
    gaps.push({
      key: 'sessions',
      message: `There are no attended sessions from ${formatDate(from)} to ${formatDate(to)}: choose another period, or mark the sessions attended.`,
      where: 'period',
      blocking: true,
      draftOnly: false,
    });
  }
  const unpriced = services.filter((s) => s.feeMinor === null).length;
  if (unpriced > 0) {
    gaps.push({
      key: 'fees',
      message: `${unpriced === 1 ? 'One session has' : `${unpriced} sessions have`} no fee: give ${unpriced === 1 ? 'it' : 'them'} a service, or set this client’s fee on the Billing tab.`,
      where: 'billing',
      blocking: true,
      draftOnly: false,
    });
  }
  if (!legalName) {
    gaps.push({
      key: 'legalName',
      message:
        'The client’s legal name is missing (the chosen name is printed instead): add it in the intake, under Identity.',
      where: 'intake',
      blocking: false,
      draftOnly: false,
    });
  }
  if (!identity.dateOfBirth) {
    gaps.push({
      key: 'dateOfBirth',
      message: 'The client’s date of birth is missing: add it in the intake, under Identity.',
      where: 'intake',
      blocking: false,
      draftOnly: false,
    });
  }
  if (diagnoses.length === 0) {
    gaps.push({
      key: 'diagnoses',
      message: 'There are no current diagnoses: add them on the Diagnoses tab.',
      where: 'billing',
      blocking: false,
      draftOnly: true,
    });
  }

  if (!insurance?.memberId) {
    gaps.push({
      key: 'insurance',
      message: 'The client’s insurer and member ID are missing: add them under Insurance on the Billing tab.',
      where: 'billing',
      blocking: false,
      draftOnly: false,
    });
  } else if (insurance.relationship !== 'self' && !insurance.subscriberName) {
    gaps.push({
      key: 'policyHolder',
      message:
        'Someone else holds the client’s policy, but their name is missing: add it under Insurance on the Billing tab.',
      where: 'billing',
      blocking: false,
      draftOnly: false,
    });
  }

  return {
    kind: 'superbill',
    locale: appLocale(),
    paper: options.paper,
    draft: options.draft,
    issuedOn: DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!,
    period: { from, to },
    currency,
    practice,
    client: {
      name: legalName || record.chosenName,
      dateOfBirth: identity.dateOfBirth,
      address: identity.address,
      phone: identity.phone,
      email: identity.email,
      insurance,
    },
    diagnoses,
    services: services.map(({ appointmentId, ...service }) => ({
      ...service,
      // Sessions record no diagnosis of their own: each points to the first listed, the primary one.
      diagnosisPointer: diagnoses.length > 0 ? 'A' : '',
      paidMinor: paid.bySession.get(appointmentId) ?? 0,
    })),
    payments,
    totals: { chargedMinor, paidMinor, balanceMinor: chargedMinor - paidMinor },
    gaps: [...gaps, ...practiceGaps(practice)],
  };
}
