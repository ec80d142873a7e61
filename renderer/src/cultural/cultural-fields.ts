import { ADDRESSING_DOMAINS, FORMULATION_DOMAINS } from '../../../shared/clients/cultural-frameworks';

/**
 * The cultural section's fields, with the words a clinician sees for them; the intake's field list
 * (intake/intake-fields.ts) takes them in, so the form, the read view and the history share them.
 */
export interface CulturalField {
  /** Dotted path into the intake document, as react-hook-form and the history name it. */
  path: string;
  label: string;
  kind: 'long' | 'check';
  description?: string;
}

export const ADDRESSING_FIELDS: CulturalField[] = ADDRESSING_DOMAINS.flatMap((domain) => [
  {
    path: `cultural.addressing.${domain.key}.text`,
    label: domain.title,
    kind: 'long' as const,
    description: domain.prompt,
  },
  {
    path: `cultural.addressing.${domain.key}.preferNotToSay`,
    label: `${domain.title}: prefers not to say`,
    kind: 'check' as const,
  },
  {
    path: `cultural.addressing.${domain.key}.relevant`,
    label: `${domain.title}: relevant to what brings them here`,
    kind: 'check' as const,
  },
]);

export const FORMULATION_FIELDS: CulturalField[] = FORMULATION_DOMAINS.flatMap((domain) =>
  domain.prompts.map((prompt) => ({
    path: `cultural.formulation.${domain.key}.${prompt.key}`,
    label: prompt.text,
    kind: 'long' as const,
  })),
);

export const CULTURAL_CONTEXT_FIELDS: CulturalField[] = [
  {
    path: 'cultural.languages',
    label: 'Languages',
    kind: 'long',
    description: 'The languages they speak, with whom, and which one feels like home.',
  },
  {
    path: 'cultural.migrationHistory',
    label: 'Migration history',
    kind: 'long',
    description: 'Moves between countries or regions, theirs or their family’s, and what came with them.',
  },
  {
    path: 'cultural.familyAndCommunity',
    label: 'Family and community',
    kind: 'long',
    description: 'Who is family to them, and the communities they belong to or have left.',
  },
  {
    path: 'cultural.strengthsAndSupports',
    label: 'Cultural strengths and supports',
    kind: 'long',
    description: 'Traditions, practices, people and places that hold them up.',
  },
];

export const HUMILITY_FIELD: CulturalField = {
  path: 'cultural.humilityReflection',
  label: 'Your cultural-humility reflection',
  kind: 'long',
  description: 'Assumptions of your own to watch for, and what you want to learn.',
};
