import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from '../clients/cultural-frameworks';

/**
 * What a summary can hold, in the order it is printed. The clinician picks the sections for each
 * recipient; the defaults leave out what only some recipients need (the legal name, contact
 * details). Private process notes and the clinician's own cultural-humility reflection are not
 * sections at all: no choice here can put them in a summary.
 */
export const SUMMARY_SECTIONS = [
  {
    key: 'identity',
    title: 'Identity',
    description: 'Chosen name, pronouns, date of birth, language and interpreter, referral source.',
    byDefault: true,
  },
  {
    key: 'legalName',
    title: 'Legal name',
    description: 'Only where the recipient needs it, for example an insurer.',
    byDefault: false,
  },
  {
    key: 'contact',
    title: 'Contact details',
    description: 'Phone, email, address, whether messages may be left, emergency contact.',
    byDefault: false,
  },
  {
    key: 'status',
    title: 'Status',
    description: 'Current status, dates of first and last session, number of sessions.',
    byDefault: true,
  },
  {
    key: 'diagnoses',
    title: 'Diagnoses',
    description: 'Current diagnoses with their codes, the primary one first.',
    byDefault: true,
  },
  {
    key: 'intake',
    title: 'Intake highlights',
    description: 'What brings them here in their own words, history, consent.',
    byDefault: true,
  },
  {
    key: 'risk',
    title: 'Risk information',
    description: 'Suicidal thoughts, self-harm, harm to others, safety plan.',
    byDefault: true,
  },
  {
    key: 'safetyPlan',
    title: 'Safety plan',
    description: 'The safety plan most recently agreed with the client, in their words, with its date.',
    byDefault: true,
  },
  {
    key: 'cultural',
    title: 'Cultural background',
    description: 'Identity domains and their understanding of the difficulty; each domain can be left out.',
    byDefault: true,
  },
  {
    key: 'goals',
    title: 'Goals',
    description: 'The current plan: each goal with its five levels, latest ratings and the GAS T-score.',
    byDefault: true,
  },
  {
    key: 'charts',
    title: 'Progress and alliance charts',
    description: 'GAS T-score over time, ratings per goal, checklist and feedback per session.',
    byDefault: true,
  },
  {
    key: 'measures',
    title: 'Outcome measures',
    description: 'Each measure’s first and latest score and band, the change in words, and its trend.',
    byDefault: true,
  },
  {
    key: 'sessions',
    title: 'Session history',
    description: 'Date, time, modality and a short summary of each session in the period.',
    byDefault: true,
  },
] as const;

export type SectionKey = (typeof SUMMARY_SECTIONS)[number]['key'];
export const SECTION_KEYS = SUMMARY_SECTIONS.map((s) => s.key) as [SectionKey, ...SectionKey[]];
export const DEFAULT_SECTIONS: SectionKey[] = SUMMARY_SECTIONS.filter((s) => s.byDefault).map((s) => s.key);

export function sectionTitle(key: SectionKey): string {
  return SUMMARY_SECTIONS.find((s) => s.key === key)?.title ?? key;
}

/** The context fields of the cultural section that sit outside the two frameworks. */
export const CULTURAL_CONTEXT = [
  { key: 'languages', title: 'Languages spoken' },
  { key: 'migrationHistory', title: 'Migration history' },
  { key: 'familyAndCommunity', title: 'Family and community' },
  { key: 'strengthsAndSupports', title: 'Cultural strengths and supports' },
] as const;

/** Every domain of the cultural section the clinician can leave out one by one. */
export const CULTURAL_DOMAINS = [
  ...ADDRESSING_DOMAINS.map((d) => ({ key: d.key, title: d.title, group: 'addressing' as const })),
  ...FORMULATION_DOMAINS.map((d) => ({ key: d.key, title: d.title, group: 'formulation' as const })),
  ...CULTURAL_CONTEXT.map((d) => ({ key: d.key, title: d.title, group: 'context' as const })),
];

export type CulturalDomainKey = (typeof CULTURAL_DOMAINS)[number]['key'];
export const CULTURAL_DOMAIN_KEYS = CULTURAL_DOMAINS.map((d) => d.key) as [
  CulturalDomainKey,
  ...CulturalDomainKey[],
];

export const CULTURAL_GROUP_TITLES = {
  addressing: 'Identity domains (ADDRESSING)',
  formulation: 'How they understand the difficulty (cultural formulation)',
  context: 'Languages, migration, family and community',
} as const;
