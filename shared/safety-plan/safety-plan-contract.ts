import { z } from 'zod';
import { agreeInput } from '../agreement/agreement-contract';
import { exportResult, PAPER_SIZES, pdfPassword } from '../pdf/pdf-output';
import { safetyPlan, safetyPlanSections } from './safety-plan-schema';

const id = z.uuid('Unknown record.');

export const printSafetyPlanRequest = z.strictObject({
  versionId: id,
  paper: z.enum(PAPER_SIZES).default('A4'),
  password: pdfPassword.optional(),
});

export type PrintSafetyPlanRequest = z.output<typeof printSafetyPlanRequest>;

export const safetyPlanChannels = {
  'safetyPlan:get': { input: z.strictObject({ clientId: id }), output: safetyPlan },
  /** Writes the version being written, or starts the next one after an agreed version. */
  'safetyPlan:save': {
    input: z.strictObject({
      clientId: id,
      /** The draft being edited; omitted to start a new version. */
      versionId: id.optional(),
      sections: safetyPlanSections,
    }),
    output: safetyPlan,
  },
  'safetyPlan:agree': { input: agreeInput, output: safetyPlan },
  /** Asks where to save (the system dialog), prints the version on one page, protects it if asked. */
  'safetyPlan:print': { input: printSafetyPlanRequest, output: exportResult },
} as const;
