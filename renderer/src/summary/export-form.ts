import { z } from 'zod';
import type { ExportRequest, SummaryOptions } from '../../../shared/summary/summary-contract';
import {
  CULTURAL_DOMAIN_KEYS,
  DEFAULT_SECTIONS,
  SECTION_KEYS,
} from '../../../shared/summary/summary-sections';
import { PURPOSE_KEYS } from '../../../shared/summary/summary-purposes';
import { checkPassword, checkPeriodOrder, optionalDay, pdfFileFields } from '../pdf-export/pdf-file-form';

/** The export panel's form: the request's choices, plus the password typed twice. */
export const exportForm = z
  .object({
    sections: z.array(z.enum(SECTION_KEYS)).min(1, 'Choose at least one section.'),
    culturalDomains: z.array(z.enum(CULTURAL_DOMAIN_KEYS)),
    /** 'custom' until a purpose is chosen as the starting point. */
    purpose: z.enum(['custom', ...PURPOSE_KEYS]),
    ruptureLabels: z.boolean(),
    from: optionalDay,
    to: optionalDay,
    ...pdfFileFields,
  })
  .superRefine((form, ctx) => {
    checkPeriodOrder(form, ctx);
    if (form.sections.includes('cultural') && form.culturalDomains.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['culturalDomains'],
        message: 'Choose at least one domain, or leave the cultural background out.',
      });
    }
    checkPassword(form, ctx);
  });

export type ExportForm = z.output<typeof exportForm>;

export const DEFAULT_EXPORT_FORM: ExportForm = {
  sections: DEFAULT_SECTIONS,
  culturalDomains: [...CULTURAL_DOMAIN_KEYS],
  purpose: 'custom',
  ruptureLabels: true,
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
    purpose: form.purpose === 'custom' ? '' : form.purpose,
    ruptureLabels: form.ruptureLabels,
    from: form.from,
    to: form.to,
    paper: form.paper,
  };
}

export function toRequest(clientId: string, form: ExportForm): ExportRequest {
  return { ...toOptions(clientId, form), ...(form.protect ? { password: form.password } : {}) };
}
