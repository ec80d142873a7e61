import { z } from 'zod';
import { lastMonth } from '../../../../shared/billing/superbill-period';
import { checkPassword, checkPeriodOrder, optionalDay, pdfFileFields } from '../../pdf-export/pdf-file-form';
import { PERIOD_CHOICES } from '../superbill/superbill-form';

/** The form for printing a bill: a period (statements only), the paper, and protection. */
export const billPdfForm = z
  .object({
    period: z.enum(PERIOD_CHOICES),
    from: optionalDay,
    to: optionalDay,
    ...pdfFileFields,
  })
  .superRefine((form, ctx) => {
    if (form.period === 'dates') {
      if (!form.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Enter the first day.' });
      if (!form.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Enter the last day.' });
      checkPeriodOrder(form, ctx);
    }
    checkPassword(form, ctx);
  });

export type BillPdfForm = z.output<typeof billPdfForm>;

export function defaultBillPdfForm(today: string): BillPdfForm {
  const { from, to } = lastMonth(today);
  return {
    period: 'last-month',
    from,
    to,
    paper: 'A4',
    protect: true,
    password: '',
    confirmation: '',
  };
}

/** The password when protection is on; nothing otherwise. */
export function passwordOf(form: BillPdfForm): { password?: string } {
  return form.protect ? { password: form.password } : {};
}
