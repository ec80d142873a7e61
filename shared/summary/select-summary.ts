import { RISK_LABELS } from '../clients/intake-schema';
import { STATUS_LABELS } from '../clients/client-status';
import { ageOn, formatDate, localDay } from '../dates/format-date';
import { recordedScriptLanguages } from '../text/text-language';
import { selectCultural } from './select-cultural';
import { selectCharts, selectGoals } from './select-goals';
import { selectTreatmentPlan } from './select-treatment-plan';
import type { SummaryOptions, SummarySource } from './summary-contract';
import type { Fact, Passage, RiskBlock, SummaryDocumentData } from './summary-document';
import { inPeriod, type Period } from './summary-period';
import { SECTION_KEYS, type SectionKey } from './summary-sections';

function facts(entries: [label: string, value: string | null | undefined][]): Fact[] {
  return entries
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([label, value]) => ({ label, value }));
}

function passages(entries: [label: string, text: string][]): Passage[] {
  return entries.filter(([, text]) => text.trim() !== '').map(([label, text]) => ({ label, text }));
}

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

/**
 * The intake's risk answers with the day they were last changed, and what signed notes say since:
 * notes have no risk field, so a note is only said to mention risk, with its latest sentence that
 * does, and the reader is sent to the record.
 */
function riskBlock(source: SummarySource, period: Period): RiskBlock {
  const risk = source.client.intake.risk;
  const answeredOn = source.client.riskAnsweredAt ? localDay(new Date(source.client.riskAnsweredAt)) : '';
  const mentioning = source.sessions
    .filter((s) => s.riskMention && (!period.to || s.date <= period.to))
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const after = answeredOn ? mentioning.filter((s) => s.date > answeredOn) : [];
  const shown = after.length > 0 ? after : mentioning;
  const latest = shown.at(-1);
  return {
    answeredOn,
    facts: facts([
      ['Suicidal thoughts', RISK_LABELS[risk.suicidalThoughts]],
      ['Self-harm', RISK_LABELS[risk.selfHarm]],
      ['Harm to others', RISK_LABELS[risk.harmToOthers]],
      [
        'Safety plan',
        risk.safetyPlan
          ? `In place${risk.safetyPlanDate ? ` since ${formatDate(risk.safetyPlanDate)}` : ''}`
          : 'None recorded',
      ],
    ]),
    notes: risk.notes,
    mentions: latest
      ? {
          afterIntake: after.length > 0,
          sessions: shown.length,
          latest: { date: latest.date, signedAt: latest.signedAt, sentence: latest.riskMention },
        }
      : null,
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
    intake: on('intake') ? intakeBlock(source) : null,
    cultural: on('cultural') ? selectCultural(source.client.intake.cultural, options.culturalDomains) : null,
    goals: on('goals') ? selectGoals(source, period) : null,
    treatmentPlan: on('goals') ? selectTreatmentPlan(source, period) : null,
    charts: on('charts') ? selectCharts(source, period) : null,
    sessions: on('sessions')
      ? {
          entries: source.sessions
            .filter((s) => inPeriod(period, s.date))
            .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
            .map((s) =>
              options.ruptureLabels ? s : { ...s, rupture: 'none' as const, resolved: '' as const },
            ),
        }
      : null,
    risk: on('risk') ? riskBlock(source, period) : null,
    status: on('status') ? { facts: statusFacts(source, period) } : null,
  };
}
