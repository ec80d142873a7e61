import {
  CULTURAL_DOMAIN_KEYS,
  DEFAULT_SECTIONS,
  SECTION_KEYS,
  type CulturalDomainKey,
  type SectionKey,
} from './summary-sections';

/**
 * Who a summary is for, as a starting choice of sections: the clinician can still change every
 * toggle, and the purpose chosen is recorded with the export. A third party gets the minimum
 * necessary: nothing of sexual orientation or religion, no alliance self-ratings (the charts) and
 * no rupture labels and no outcome measures, unless the clinician adds them.
 */
export const SUMMARY_PURPOSES = [
  {
    key: 'client',
    title: 'For the client',
    hint: 'Their own record: goals, progress and sessions',
    sections: [
      'identity',
      'status',
      'intake',
      'safetyPlan',
      'cultural',
      'goals',
      'charts',
      'measures',
      'sessions',
    ],
    leaveOutDomains: [],
    ruptureLabels: true,
  },
  {
    key: 'clinician',
    title: 'For another clinician',
    hint: 'A referral or a transfer of care',
    sections: [...DEFAULT_SECTIONS, 'contact'],
    leaveOutDomains: [],
    ruptureLabels: true,
  },
  {
    key: 'third-party',
    title: 'For an insurer or other third party',
    hint: 'The minimum necessary',
    sections: ['identity', 'legalName', 'status', 'diagnoses', 'risk', 'goals', 'sessions'],
    leaveOutDomains: ['sexualOrientation', 'religion'],
    ruptureLabels: false,
  },
] as const satisfies readonly {
  key: string;
  title: string;
  hint: string;
  sections: readonly SectionKey[];
  leaveOutDomains: readonly CulturalDomainKey[];
  ruptureLabels: boolean;
}[];

export type SummaryPurpose = (typeof SUMMARY_PURPOSES)[number]['key'];
export const PURPOSE_KEYS = SUMMARY_PURPOSES.map((p) => p.key) as [SummaryPurpose, ...SummaryPurpose[]];

/** The choices a purpose starts from, sections in the order they print. */
export function purposeChoices(key: SummaryPurpose): {
  sections: SectionKey[];
  culturalDomains: CulturalDomainKey[];
  ruptureLabels: boolean;
} {
  const purpose = SUMMARY_PURPOSES.find((p) => p.key === key)!;
  const chosen = new Set<SectionKey>(purpose.sections);
  const leftOut = new Set<CulturalDomainKey>(purpose.leaveOutDomains);
  return {
    sections: SECTION_KEYS.filter((k) => chosen.has(k)),
    culturalDomains: CULTURAL_DOMAIN_KEYS.filter((d) => !leftOut.has(d)),
    ruptureLabels: purpose.ruptureLabels,
  };
}
