import { emptyIntake, INTAKE_STEPS, type IntakeStep } from '../../../shared/clients/intake-schema';
import { valueAt } from '../forms/value-at-path';
import { STEP_FIELDS } from './intake-fields';

/** How far a step has got: nothing yet, something recorded, or an answer that needs a look. */
export type StepMark = 'empty' | 'started' | 'attention';

export const STEP_MARK_LABELS: Record<StepMark, string> = {
  empty: 'nothing recorded yet',
  started: 'has answers',
  attention: 'needs a look',
};

const EMPTY = emptyIntake();

export function stepHasAnswers(step: IntakeStep, values: unknown): boolean {
  return STEP_FIELDS[step].some(
    (field) =>
      JSON.stringify(valueAt(values, field.path) ?? null) !== JSON.stringify(valueAt(EMPTY, field.path)),
  );
}

/**
 * A mark per step for the step list. "Complete" would promise too much: every field is optional,
 * so what the list can honestly say is whether anything is recorded and whether anything is wrong.
 */
export function stepMarks(
  values: unknown,
  errors: Partial<Record<string, unknown>>,
): Record<IntakeStep, StepMark> {
  return Object.fromEntries(
    INTAKE_STEPS.map(({ key }) => [
      key,
      errors[key] ? 'attention' : stepHasAnswers(key, values) ? 'started' : 'empty',
    ]),
  ) as Record<IntakeStep, StepMark>;
}
