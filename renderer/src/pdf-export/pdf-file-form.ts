import { z } from 'zod';
import { calendarDate } from '../../../shared/dates/calendar-date';
import { PAPER_SIZES, pdfPassword } from '../../../shared/pdf/pdf-output';

/** A day of a period, or '' while it is not chosen. */
export const optionalDay = z.union([z.literal(''), calendarDate]);

/** The choices every PDF export form ends with: the paper, and the password typed twice. */
export const pdfFileFields = {
  paper: z.enum(PAPER_SIZES),
  protect: z.boolean(),
  password: z.string(),
  confirmation: z.string(),
};

export interface PasswordFields {
  protect: boolean;
  password: string;
  confirmation: string;
}

export function checkPeriodOrder(form: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (form.from && form.to && form.from > form.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The end of the period must be after its start.',
    });
  }
}

/** Checked only when protection is on: a file without a password needs none. */
export function checkPassword(form: PasswordFields, ctx: z.RefinementCtx): void {
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
}
