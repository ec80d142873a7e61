import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { BUNDLED_CODES } from './bundled-codes';
import { createCodeLookup } from './code-lookup';
import { ICD10_SHAPE, ICD11_SHAPE, tidyCode } from './code-shape';

const id = z.uuid('Unknown record.');
const clientId = z.uuid('Unknown client.');

export const DIAGNOSIS_SYSTEMS = ['icd10cm', 'icd10', 'icd11'] as const;
export const DIAGNOSIS_RANKS = ['primary', 'secondary'] as const;
export const DIAGNOSIS_STATUSES = ['provisional', 'confirmed', 'ruled-out', 'resolved'] as const;
/** Still held about the client: what the superbill and the summary print. */
export const CURRENT_STATUSES: readonly DiagnosisStatus[] = ['provisional', 'confirmed'];

export type DiagnosisSystem = (typeof DIAGNOSIS_SYSTEMS)[number];
export type DiagnosisStatus = (typeof DIAGNOSIS_STATUSES)[number];

export const bundledLookup = createCodeLookup(BUNDLED_CODES);

/**
 * One diagnosis as the clinician records it. A code from the bundled ICD-10-CM table carries its
 * official title; a code typed by hand (ICD-10 or ICD-11) carries the clinician's own and is checked
 * for shape only.
 */
export const diagnosisFields = z
  .strictObject({
    system: z.enum(DIAGNOSIS_SYSTEMS),
    code: z.string().max(16, 'Codes are at most 16 characters.'),
    title: z.string().max(300, 'Keep the title under 300 characters.'),
    rank: z.enum(DIAGNOSIS_RANKS),
    status: z.enum(DIAGNOSIS_STATUSES),
    madeOn: calendarDate,
    resolvedOn: calendarDate.nullable(),
    madeBy: z.string().max(200, 'Keep this under 200 characters.'),
    note: z.string().max(4000, 'Keep the note under 4,000 characters.'),
  })
  .superRefine((d, ctx) => {
    const code = tidyCode(d.system, d.code);
    if (code === '') {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'Choose a code, or type one.' });
    } else if (d.system === 'icd10cm') {
      const found = bundledLookup.find(code);
      if (!found) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `${code} is not a billable ICD-10-CM code in the bundled table. Pick one from the list, or record it as an ICD-10 code typed by hand.`,
        });
      } else if (d.title.trim() !== found.title) {
        ctx.addIssue({
          code: 'custom',
          path: ['title'],
          message: `The official title of ${code} is “${found.title}”.`,
        });
      }
    } else if (!(d.system === 'icd10' ? ICD10_SHAPE : ICD11_SHAPE).test(code)) {
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message:
          d.system === 'icd10'
            ? 'An ICD-10 code is a letter and two digits, then perhaps a dot and up to four more (F41.1).'
            : 'An ICD-11 code is four characters, then perhaps a dot and up to four more (6A70.1).',
      });
    }
    if (d.system !== 'icd10cm' && d.title.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'Give the title this code has where you practise.',
      });
    }
    if (d.status === 'resolved' && d.resolvedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'Enter the day it was resolved.' });
    }
    if ((d.status === 'provisional' || d.status === 'confirmed') && d.resolvedOn !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['resolvedOn'],
        message: 'A diagnosis still held has no resolved date: clear it, or change the status.',
      });
    }
    if (d.resolvedOn !== null && d.resolvedOn < d.madeOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['resolvedOn'],
        message: 'It cannot end before the day it was made.',
      });
    }
  });

export const diagnosisChange = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  kind: z.enum(['added', 'changed', 'carried-over']),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const diagnosis = z.object({
  id: z.string(),
  clientId: z.string(),
  system: z.enum(DIAGNOSIS_SYSTEMS),
  code: z.string(),
  title: z.string(),
  rank: z.enum(DIAGNOSIS_RANKS),
  status: z.enum(DIAGNOSIS_STATUSES),
  madeOn: z.string(),
  resolvedOn: z.string().nullable(),
  madeBy: z.string(),
  note: z.string(),
  /** Newest first. */
  history: z.array(diagnosisChange),
});

export const diagnosisChannels = {
  /** Current diagnoses first (primary ahead of secondary), then those ruled out or resolved. */
  'diagnoses:list': { input: z.strictObject({ clientId }), output: z.array(diagnosis) },
  'diagnoses:add': {
    input: z.strictObject({ clientId, diagnosis: diagnosisFields }),
    output: z.array(diagnosis),
  },
  'diagnoses:update': {
    input: z.strictObject({ id, diagnosis: diagnosisFields }),
    output: z.array(diagnosis),
  },
} as const;

export type DiagnosisFields = z.output<typeof diagnosisFields>;
export type Diagnosis = z.output<typeof diagnosis>;
export type DiagnosisChange = z.output<typeof diagnosisChange>;
