import { z } from 'zod';
import { safetyPlanSections, type SafetyPlanVersion } from '../../../shared/safety-plan/safety-plan-schema';
import {
  SAFETY_PLAN_SECTIONS,
  type SafetyPlanSectionKey,
} from '../../../shared/safety-plan/safety-plan-sections';

/** The editor checks exactly what the main side will: the contract's sections schema. */
export const safetyPlanForm = z.strictObject({ sections: safetyPlanSections });

export type SafetyPlanFormInput = z.input<typeof safetyPlanForm>;
export type SafetyPlanFormOutput = z.output<typeof safetyPlanForm>;

/** Every section with every line filled, so each control always has a value. */
export type SafetyPlanFormValues = {
  sections: Record<SafetyPlanSectionKey, { text: string; phone: string }[]>;
};

/** The version the editor starts from (the draft, or the agreed plan being revised), or an empty plan. */
export function valuesFromVersion(version: SafetyPlanVersion | undefined): SafetyPlanFormValues {
  return {
    sections: Object.fromEntries(
      SAFETY_PLAN_SECTIONS.map((s) => [
        s.key,
        (version?.sections[s.key] ?? []).map((line) => ({ text: line.text, phone: line.phone })),
      ]),
    ) as SafetyPlanFormValues['sections'],
  };
}

/** Every field path of the form as it stands, so the main side's complaints land under their fields. */
export function fieldPaths(values: SafetyPlanFormValues): string[] {
  return [
    'sections',
    ...SAFETY_PLAN_SECTIONS.flatMap((s) => [
      `sections.${s.key}`,
      ...values.sections[s.key].flatMap((_, i) => [
        `sections.${s.key}.${i}.text`,
        `sections.${s.key}.${i}.phone`,
      ]),
    ]),
  ];
}
