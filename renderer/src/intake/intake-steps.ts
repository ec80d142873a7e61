import { INTAKE_STEPS, type IntakeStep } from '../../../shared/clients/intake-schema';

export function isIntakeStep(value: unknown): value is IntakeStep {
  return INTAKE_STEPS.some((step) => step.key === value);
}

export function stepTitle(step: IntakeStep): string {
  return INTAKE_STEPS.find((s) => s.key === step)?.title ?? step;
}

/** A sentence under a step's title where the clinician may need permission or a reminder. */
export const STEP_INTROS: Partial<Record<IntakeStep, string>> = {
  identity: 'Only the name they go by is needed. Everything else can be filled in when it comes up.',
  presenting: 'In their own words where you can: their phrasing says more than a summary.',
  risk: 'Record what was asked and what they said. “Not yet asked” is an honest answer for now.',
  cultural:
    'In their own words, as much or as little as they want to share. There are no categories to pick from.',
};
