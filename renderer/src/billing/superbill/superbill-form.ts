import { z } from 'zod';
import { calendarDate } from '../../../../shared/dates/calendar-date';
import {
  lastMonth,
  thisMonth,
  thisYear,
  type CalendarPeriod,
} from '../../../../shared/billing/superbill-period';
import type { SuperbillOptions, SuperbillRequest } from '../../../../shared/billing/superbill-contract';
import { checkPassword, checkPeriodOrder, optionalDay, pdfFileFields } from '../../pdf-export/pdf-file-form';
import { dateFormat } from '../../../../shared/dates/app-locale';

export const PERIOD_CHOICES = ['last-month', 'this-month', 'this-year', 'dates'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

/** The superbill dialog's form: a period (a quick choice or two dates), the paper, and protection. */
export const superbillForm = z
  .object({
    period: z.enum(PERIOD_CHOICES),
    from: optionalDay,
    to: optionalDay,
    draft: z.boolean(),
    allowNonUs: z.boolean(),
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

export type SuperbillForm = z.output<typeof superbillForm>;

export function defaultSuperbillForm(today: string): SuperbillForm {
  const { from, to } = lastMonth(today);
  return {
    period: 'last-month',
    from,
    to,
    draft: false,
    allowNonUs: false,
    paper: 'Letter',
    protect: true,
    password: '',
    confirmation: '',
  };
}

export function quickPeriod(choice: Exclude<PeriodChoice, 'dates'>, today: string): CalendarPeriod {
  return { 'last-month': lastMonth, 'this-month': thisMonth, 'this-year': thisYear }[choice](today);
}

/** The period the form stands for, or null while its dates are unfinished or out of order. */
export function periodOf(
  form: Pick<SuperbillForm, 'period' | 'from' | 'to'>,
  today: string,
): CalendarPeriod | null {
  if (form.period !== 'dates') return quickPeriod(form.period, today);
  if (!calendarDate.safeParse(form.from).success || !calendarDate.safeParse(form.to).success) return null;
  if (form.from > form.to) return null;
  return { from: form.from, to: form.to };
}

export function toOptions(clientId: string, period: CalendarPeriod, form: SuperbillForm): SuperbillOptions {
  return {
    clientId,
    from: period.from,
    to: period.to,
    paper: form.paper,
    draft: form.draft,
    allowNonUs: form.allowNonUs,
  };
}

export function toRequest(clientId: string, period: CalendarPeriod, form: SuperbillForm): SuperbillRequest {
  return { ...toOptions(clientId, period, form), ...(form.protect ? { password: form.password } : {}) };
}

const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;

/** "October 2026", or "2026" for the year: what a quick choice stands for, under its label. */
export function periodHint(choice: Exclude<PeriodChoice, 'dates'>, today: string): string {
  const { from } = quickPeriod(choice, today);
  return choice === 'this-year'
    ? from.slice(0, 4)
    : dateFormat(MONTH).format(Date.parse(`${from}T00:00:00Z`));
}
