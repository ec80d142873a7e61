import { z } from 'zod';
import { agreement } from '../agreement/agreement-contract';
import {
  MAX_ITEMS_PER_SECTION,
  SAFETY_PLAN_SECTIONS,
  type SafetyPlanSectionKey,
} from './safety-plan-sections';

/** Long enough for a sentence in the client's words, short enough to keep the plan on one page. */
export const MAX_ITEM_LENGTH = 300;
export const MAX_PHONE_LENGTH = 60;

const item = z.strictObject({
  text: z
    .string()
    .max(MAX_ITEM_LENGTH, `Keep each line under ${MAX_ITEM_LENGTH} characters.`)
    .refine((s) => s.trim().length > 0, 'Write something here, or remove the line.'),
  phone: z
    .string()
    .max(MAX_PHONE_LENGTH, `Keep the number under ${MAX_PHONE_LENGTH} characters.`)
    .default(''),
});

export type SafetyPlanItem = z.output<typeof item>;

const list = z.array(item).max(MAX_ITEMS_PER_SECTION, `Keep each part to ${MAX_ITEMS_PER_SECTION} lines.`);

/**
 * Every section, each a list in the client's own words. Where a section lists people to contact,
 * each line is a name with a phone number (any way of writing it, as long as it has digits); other
 * sections take no number. The plan needs at least one line somewhere.
 */
export const safetyPlanSections = z
  .strictObject(
    Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s.key, list.default([])])) as Record<
      SafetyPlanSectionKey,
      z.ZodDefault<typeof list>
    >,
  )
  .superRefine((sections, ctx) => {
    for (const section of SAFETY_PLAN_SECTIONS) {
      sections[section.key].forEach((line, i) => {
        if (section.contacts && !/\p{Nd}/u.test(line.phone)) {
          ctx.addIssue({
            code: 'custom',
            path: [section.key, i, 'phone'],
            message: 'Add their phone number.',
          });
        }
        if (!section.contacts && line.phone !== '') {
          ctx.addIssue({
            code: 'custom',
            path: [section.key, i, 'phone'],
            message: 'This part of the plan takes no phone number.',
          });
        }
      });
    }
    if (SAFETY_PLAN_SECTIONS.every((s) => sections[s.key].length === 0)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Write at least one line of the plan.' });
    }
  });

export type SafetyPlanSections = z.output<typeof safetyPlanSections>;
export type SafetyPlanSectionsInput = z.input<typeof safetyPlanSections>;

export const safetyPlanVersion = z.object({
  id: z.string(),
  number: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sections: safetyPlanSections,
  agreement: agreement.nullable(),
});

export type SafetyPlanVersion = z.output<typeof safetyPlanVersion>;

/** Every version of one client's safety plan, newest first. */
export const safetyPlan = z.object({
  clientId: z.string(),
  versions: z.array(safetyPlanVersion),
});

export type SafetyPlan = z.output<typeof safetyPlan>;
