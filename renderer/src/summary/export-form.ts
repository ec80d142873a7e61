import { z } from 'zod';
import {
  PAPER_SIZES,
  pdfPassword,
  type ExportRequest,
  type SummaryOptions,
} from '../../../shared/summary/summary-contract';
import {
  CULTURAL_DOMAIN_KEYS,
  DEFAULT_SECTIONS,
  SECTION_KEYS,
} from '../../../shared/summary/summary-sections';

const optionalDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a full date.')]);

/** The export panel's form: the request's choices, plus the password typed twice. */
export const exportForm = z
  .object({
    sections: z.array(z.enum(SECTION_KEYS)).min(1, 'Choose at least one section.'),
    culturalDomains: z.array(z.enum(CULTURAL_DOMAIN_KEYS)),
    from: optionalDate,
    to: optionalDate,
    paper: z.enum(PAPER_SIZES),
    protect: z.boolean(),
    password: z.string(),
    confirmation: z.string(),
  })
  .superRefine((form, ctx) => {
    if (form.from && form.to && form.from > form.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The end of the period must be after its start.',
      });
    }
    if (form.sections.includes('cultural') && form.culturalDomains.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['culturalDomains'],
        message: 'Choose at least one domain, or leave the cultural background out.',
      });
    }
    if (!form.protect) return;
    const strength = pdfPassword.safeParse(form.password);
    if (!strength.success) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: strength.error.issues[0]!.message });
    } else if (form.confirmation !== form.password) {
      ctx.addIssue({
        code: 'custom',
        path: ['confirmation'],
        message: 'The two passwords are not the same.',
      });
    }
  });

export type ExportForm = z.output<typeof exportForm>;

export const DEFAULT_EXPORT_FORM: ExportForm = {
  sections: DEFAULT_SECTIONS,
  culturalDomains: [...CULTURAL_DOMAIN_KEYS],
  from: '',
  to: '',
  paper: 'A4',
  protect: true,
  password: '',
  confirmation: '',
};

/** What the preview narrows the summary with: the same options the export will send. */
export function toOptions(clientId: string, form: ExportForm): SummaryOptions {
  return {
    clientId,
    sections: form.sections,
    culturalDomains: form.culturalDomains,
    from: form.from,
    to: form.to,
    paper: form.paper,
  };
}

export function toRequest(clientId: string, form: ExportForm): ExportRequest {
  return { ...toOptions(clientId, form), ...(form.protect ? { password: form.password } : {}) };
}
