import { z } from 'zod';
import { LONG } from '../clients/intake-schema';
import { FEEDBACK_FORM_1, FEEDBACK_FORM_2, emptyFeedback, type Feedback } from './feedback-forms';

const form1Score = z
  .number()
  .int()
  .min(0, 'Form 1 answers run from 0 to 10.')
  .max(10, 'Form 1 answers run from 0 to 10.')
  .nullable();
const form2Score = z
  .number()
  .int()
  .min(1, 'Choose one of the five answers.')
  .max(5, 'Choose one of the five answers.')
  .nullable();

const form1Answers = z.strictObject({
  heard: form1Score.default(null),
  focus: form1Score.default(null),
  fit: form1Score.default(null),
  overall: form1Score.default(null),
});
const form2Answers = z.strictObject({
  understood: form2Score.default(null),
  mattered: form2Score.default(null),
  suited: form2Score.default(null),
  safe: form2Score.default(null),
  honest: form2Score.default(null),
  forward: form2Score.default(null),
  respected: form2Score.default(null),
});
// The answer keys above are the forms' own: a form's item added or renamed fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const form1KeysMatch: Same<keyof z.output<typeof form1Answers>, (typeof FEEDBACK_FORM_1)[number]['key']> =
  true;
const form2KeysMatch: Same<keyof z.output<typeof form2Answers>, (typeof FEEDBACK_FORM_2)[number]['key']> =
  true;
void form1KeysMatch;
void form2KeysMatch;

/**
 * The client's feedback as the editor saves it, on the form the note is on. Form 1 is accepted only
 * for a draft already answered on it (the service checks); new answers go on form 2.
 */
export const feedback = z
  .discriminatedUnion('form', [
    z.strictObject({ form: z.literal(1), answers: form1Answers }),
    z.strictObject({
      form: z.literal(2),
      answers: form2Answers,
      message: z.string().max(LONG, 'Keep this under 20,000 characters.').default(''),
      // Sent back as the note was read; the service keeps the stored mark and never takes a new one.
      completedByClientAt: z.string().max(40).optional(),
    }),
  ])
  .default(emptyFeedback);

/** The feedback as a note read from the vault carries it. */
export const feedbackRead = z.custom<Feedback>(
  (value) => typeof value === 'object' && value !== null && [1, 2].includes((value as Feedback).form),
);
