import type { IntakeStep } from '../../../shared/clients/intake-schema';
import {
  ADDRESSING_FIELDS,
  CULTURAL_CONTEXT_FIELDS,
  FORMULATION_FIELDS,
  HUMILITY_FIELD,
} from '../cultural/cultural-fields';

/**
 * Every intake field once, with the words a clinician sees for it: the form, the read view and the
 * change history all take their labels from here, so a field is called the same thing everywhere.
 */
export type FieldKind = 'text' | 'long' | 'date' | 'email' | 'tel' | 'check' | 'yesNo' | 'risk';

export interface IntakeField {
  /** Dotted path into the intake document, as react-hook-form and the history name it. */
  path: string;
  label: string;
  kind: FieldKind;
  description?: string;
  /** Short fields sit two to a row on a wide window. */
  half?: boolean;
}

const IDENTITY: IntakeField[] = [
  {
    path: 'identity.chosenName',
    label: 'Name they go by',
    kind: 'text',
    half: true,
    description: 'Shown everywhere in Rapport except legal documents.',
  },
  { path: 'identity.legalName', label: 'Legal name', kind: 'text', half: true },
  { path: 'identity.pronouns', label: 'Pronouns', kind: 'text', half: true },
  { path: 'identity.dateOfBirth', label: 'Date of birth', kind: 'date', half: true },
  { path: 'identity.email', label: 'Email', kind: 'email', half: true },
  { path: 'identity.phone', label: 'Phone', kind: 'tel', half: true },
  { path: 'identity.address', label: 'Address', kind: 'long' },
  { path: 'identity.mayLeaveMessages', label: 'May you leave messages?', kind: 'yesNo' },
  {
    path: 'identity.emergencyContact',
    label: 'Emergency contact',
    kind: 'text',
    description: 'Name, relationship and how to reach them.',
  },
  { path: 'identity.preferredLanguage', label: 'Preferred language', kind: 'text', half: true },
  { path: 'identity.interpreterNeeded', label: 'An interpreter is needed', kind: 'check' },
  { path: 'identity.referralSource', label: 'How they found you', kind: 'text' },
];

const PRESENTING: IntakeField[] = [
  {
    path: 'presenting.inOwnWords',
    label: 'What brings them here, in their own words',
    kind: 'long',
    description: 'Their phrasing, as close as you can keep it.',
  },
  { path: 'presenting.whyNow', label: 'Why now', kind: 'long' },
  { path: 'presenting.hopes', label: 'What they hope will change', kind: 'long' },
];

const HISTORY: IntakeField[] = [
  { path: 'history.previousTherapy', label: 'Previous therapy or counselling', kind: 'long' },
  { path: 'history.medical', label: 'Medical history', kind: 'long' },
  { path: 'history.medications', label: 'Medications', kind: 'long' },
  { path: 'history.substanceUse', label: 'Alcohol, drugs and other substances', kind: 'long' },
];

const RISK: IntakeField[] = [
  { path: 'risk.suicidalThoughts', label: 'Suicidal thoughts', kind: 'risk' },
  { path: 'risk.selfHarm', label: 'Self-harm', kind: 'risk' },
  { path: 'risk.harmToOthers', label: 'Thoughts of harming others', kind: 'risk' },
  { path: 'risk.notes', label: 'Notes on risk', kind: 'long' },
  { path: 'risk.safetyPlan', label: 'A safety plan is in place', kind: 'check' },
  { path: 'risk.safetyPlanDate', label: 'Date of the safety plan', kind: 'date', half: true },
];

const CONSENT: IntakeField[] = [
  { path: 'consent.informedConsentDate', label: 'Informed consent given on', kind: 'date', half: true },
  {
    path: 'consent.confidentialityLimitsDiscussed',
    label: 'The limits of confidentiality were discussed',
    kind: 'check',
  },
  { path: 'consent.telehealthConsent', label: 'They consent to sessions by video or phone', kind: 'check' },
  { path: 'consent.notes', label: 'Notes on consent', kind: 'long' },
];

const FEES: IntakeField[] = [
  {
    path: 'fees.arrangement',
    label: 'Fee arrangement',
    kind: 'long',
    description: 'The fee agreed, how and when they pay, any insurance.',
  },
  { path: 'fees.slidingScale', label: 'On a sliding scale', kind: 'check' },
];

export const STEP_FIELDS: Record<IntakeStep, IntakeField[]> = {
  identity: IDENTITY,
  presenting: PRESENTING,
  history: HISTORY,
  risk: RISK,
  consent: CONSENT,
  fees: FEES,
  cultural: [...ADDRESSING_FIELDS, ...FORMULATION_FIELDS, ...CULTURAL_CONTEXT_FIELDS, HUMILITY_FIELD],
};

const BY_PATH = new Map(Object.values(STEP_FIELDS).flatMap((fields) => fields.map((f) => [f.path, f])));

export function fieldByPath(path: string): IntakeField | undefined {
  return BY_PATH.get(path);
}
