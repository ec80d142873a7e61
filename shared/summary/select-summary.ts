import { STATUS_LABELS } from '../clients/client-status';
import { appLocale } from '../dates/app-locale';
import { ageOn, formatDate } from '../dates/format-date';
import { recordedScriptLanguages } from '../text/text-language';
import { selectCultural } from './select-cultural';
import { selectSafetyPlan } from './select-safety-plan';
import { selectCharts, selectGoals } from './select-goals';
import { selectTreatmentPlan } from './select-treatment-plan';
import type { SummaryOptions, SummarySource } from './summary-contract';
import type { Fact, SummaryDocumentData } from './summary-document';
import { facts, passages } from './summary-facts';
import { selectMeasures } from './select-measures';
import { selectRisk } from './select-risk';
import { inPeriod, type Period } from './summary-period';
import { SECTION_KEYS, type SectionKey } from './summary-sections';

function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'Yes' : 'No';
}

function identityFacts(source: SummarySource, withLegalName: boolean): Fact[] {
  const id = source.client.intake.identity;
  const age = ageOn(id.dateOfBirth, source.generatedOn);
  return facts([
    ['Chosen name', source.client.chosenName],
    ['Legal name', withLegalName ? source.client.legalName || id.legalName : null],
    ['Pronouns', id.pronouns],
    [
      'Date of birth',
      id.dateOfBirth && `${formatDate(id.dateOfBirth)}${age === null ? '' : ` (age ${age})`}`,
    ],
    ['Preferred language', id.preferredLanguage],
    ['Interpreter', id.interpreterNeeded ? 'Needed' : null],
    ['Referred by', id.referralSource],
  ]);
}

function contactFacts(source: SummarySource): Fact[] {
  const id = source.client.intake.identity;
  return facts([
    ['Phone', id.phone],
    ['Email', id.email],
    ['Address', id.address],
    ['Messages may be left', yesNo(id.mayLeaveMessages)],
    ['Emergency contact', id.emergencyContact],
  ]);
}

function intakeBlock(source: SummarySource): NonNullable<SummaryDocumentData['intake']> {
  const { presenting, history, consent } = source.client.intake;
  return {
    passages: passages([
      ['In their own words', presenting.inOwnWords],
      ['Why now', presenting.whyNow],
      ['What they hope for', presenting.hopes],
      ['Previous therapy', history.previousTherapy],
      ['Medical', history.medical],
      ['Medications', history.medications],
      ['Substance use', history.substanceUse],
    ]),
    consent: facts([
      ['Informed consent given', consent.informedConsentDate && formatDate(consent.informedConsentDate)],
      [
        'Limits of confidentiality discussed',
        consent.confidentialityLimitsDiscussed ? 'Yes' : 'Not recorded',
      ],
      ['Consent to telehealth', consent.telehealthConsent ? 'Yes' : 'Not recorded'],
    ]),
  };
}

function statusFacts(source: SummarySource, period: Period): Fact[] {
  const { client } = source;
  const sessions = source.sessions.filter((s) => inPeriod(period, s.date));
  const dates = sessions.map((s) => s.date).sort();
  const signed = sessions.filter((s) => s.signed).length;
  const limited = Boolean(period.from || period.to);
  const everFirst = source.sessions.map((s) => s.date).sort()[0];
  return facts([
    [
      'Status',
      `${STATUS_LABELS[client.status]}${client.statusDate ? ` since ${formatDate(client.statusDate)}` : ''}`,
    ],
    ['Reason', client.status === 'discharged' || client.status === 'archived' ? client.statusReason : null],
    ['Client since', formatDate(client.createdAt)],
    ['Intake completed', client.intakeCompletedAt && formatDate(client.intakeCompletedAt)],
    [
      'Sessions in this summary',
      `${sessions.length}${signed < sessions.length ? ` (${signed} signed)` : ''}`,
    ],
    ...(limited
      ? ([
          ['First session in this period', dates[0] && formatDate(dates[0])],
          ['Most recent session in this period', dates.at(-1) && formatDate(dates.at(-1)!)],
          ['First session ever', everFirst && formatDate(everFirst)],
        ] as [string, string | undefined][])
      : ([
          ['First session', dates[0] && formatDate(dates[0])],
          ['Most recent session', dates.at(-1) && formatDate(dates.at(-1)!)],
        ] as [string, string | undefined][])),
  ]);
}

/**
 * Narrows everything known about a client to what the clinician chose to send. The preview and the
 * export both call this, so what the clinician sees is what the PDF holds.
 */
export function selectSummary(source: SummarySource, options: SummaryOptions): SummaryDocumentData {
  const chosen = new Set<SectionKey>(options.sections);
  const on = (key: SectionKey) => chosen.has(key);
  const period: Period = { from: options.from, to: options.to };
  return {
    generatedOn: source.generatedOn,
    locale: appLocale(),
    paper: options.paper,
    practice: source.practice,
    period,
    // With identity chosen the legal name is one of its facts; without it, the heading carries it.
    heading: {
      chosenName: on('identity') ? source.client.chosenName : null,
      legalName:
        on('legalName') && !on('identity')
          ? source.client.legalName || source.client.intake.identity.legalName || null
          : null,
    },
    scriptLanguages: recordedScriptLanguages([
      source.client.intake.identity.preferredLanguage,
      source.client.intake.cultural.languages,
    ]),
    included: SECTION_KEYS.filter(on),
    leftOut: SECTION_KEYS.filter((key) => !on(key)),
    identity: on('identity') ? { facts: identityFacts(source, on('legalName')) } : null,
    contact: on('contact') ? { facts: contactFacts(source) } : null,
    diagnoses: on('diagnoses') ? { entries: source.diagnoses } : null,
    intake: on('intake') ? intakeBlock(source) : null,
    cultural: on('cultural') ? selectCultural(source.client.intake.cultural, options.culturalDomains) : null,
    goals: on('goals') ? selectGoals(source, period) : null,
    treatmentPlan: on('goals') ? selectTreatmentPlan(source, period) : null,
    charts: on('charts') ? selectCharts(source, period) : null,
    measures: on('measures') ? selectMeasures(source.measures, period) : null,
    sessions: on('sessions')
      ? {
          entries: source.sessions
            .filter((s) => inPeriod(period, s.date))
            .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
            .map((s) => (options.ruptureLabels ? s : { ...s, ruptures: [] })),
        }
      : null,
    risk: on('risk') ? selectRisk(source, period) : null,
    safetyPlan: on('safetyPlan') ? selectSafetyPlan(source.safetyPlans, period) : null,
    status: on('status') ? { facts: statusFacts(source, period) } : null,
  };
}
