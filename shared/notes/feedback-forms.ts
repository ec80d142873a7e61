/**
 * The client's end-of-session feedback, as versioned forms. A note stores the form it was answered
 * on beside the answers, so that an answer is always read under the words the client was shown.
 *
 * Form 1 (four items, 0–10) is frozen for display only: it followed a licensed scale too closely to
 * be offered again, but answers given on it stay readable under their original wording. Form 2 is
 * ours, written from the seed article's seven elements of the relationship: seven plain statements,
 * each answered on a five-point agreement scale with words at every point, and an optional message.
 */
export const FEEDBACK_FORM_1 = [
  { key: 'heard', text: 'I felt heard and respected' },
  { key: 'focus', text: 'We worked on what I wanted to work on' },
  { key: 'fit', text: 'The way we worked suited me' },
  { key: 'overall', text: 'Overall, today’s session was right for me' },
] as const;
export type Form1Key = (typeof FEEDBACK_FORM_1)[number]['key'];

export const FEEDBACK_FORM_2 = [
  { key: 'understood', text: 'I felt listened to and understood.' },
  { key: 'mattered', text: 'We spent the time on what matters to me.' },
  { key: 'suited', text: 'The way we worked today suited me.' },
  { key: 'safe', text: 'I could say what I think without being judged.' },
  { key: 'honest', text: 'My therapist was open and honest with me.' },
  { key: 'forward', text: 'I am leaving with something that helps me move on.' },
  { key: 'respected', text: 'My background, beliefs and way of life were respected.' },
] as const;
export type Form2Key = (typeof FEEDBACK_FORM_2)[number]['key'];

/** The five points of form 2, each with its words: the client reads a word, never a bare number. */
export const AGREEMENT_SCALE = [
  { value: 1, label: 'Not true at all' },
  { value: 2, label: 'A little true' },
  { value: 3, label: 'Partly true' },
  { value: 4, label: 'Mostly true' },
  { value: 5, label: 'Completely true' },
] as const;

export const FEEDBACK_MESSAGE_PROMPT = 'Anything you want me to know?';

/** The form new notes use. */
export const CURRENT_FEEDBACK_FORM = 2;

export type Form1Feedback = { form: 1; answers: Record<Form1Key, number | null> };
/**
 * `completedByClientAt`: the client gave these answers themselves in client mode, at that moment
 * (ISO 8601). Only the client mode sets it, and from then on the answers no longer change.
 */
export type Form2Feedback = {
  form: 2;
  answers: Record<Form2Key, number | null>;
  message: string;
  completedByClientAt?: string;
};
export type Feedback = Form1Feedback | Form2Feedback;

/** How each form's scores run: never drawn or averaged together. */
export const FEEDBACK_SCALES = {
  1: { min: 0, max: 10, name: '0–10' },
  2: { min: 1, max: 5, name: '1–5 agreement' },
} as const;

export function emptyFeedback(): Form2Feedback {
  return {
    form: 2,
    answers: Object.fromEntries(FEEDBACK_FORM_2.map((i) => [i.key, null])) as Form2Feedback['answers'],
    message: '',
  };
}

function answerOf(stored: Record<string, unknown>, key: string): number | null {
  const value = stored[key];
  return typeof value === 'number' ? value : null;
}

/**
 * A note's feedback as stored. Form 1 was first stored before forms had numbers, as the four
 * answers alone (every signed note from then keeps that text); anything without `form: 2` is form 1.
 */
export function readFeedback(stored: unknown): Feedback {
  const value = (stored ?? {}) as Record<string, unknown>;
  if (value.form === 2) {
    const answers = (value.answers ?? {}) as Record<string, unknown>;
    return {
      form: 2,
      answers: Object.fromEntries(
        FEEDBACK_FORM_2.map((i) => [i.key, answerOf(answers, i.key)]),
      ) as Form2Feedback['answers'],
      message: typeof value.message === 'string' ? value.message : '',
      ...(typeof value.completedByClientAt === 'string'
        ? { completedByClientAt: value.completedByClientAt }
        : {}),
    };
  }
  // A draft still on form 1 is written back as { form: 1, answers }.
  const answers = value.form === 1 ? ((value.answers ?? {}) as Record<string, unknown>) : value;
  return {
    form: 1,
    answers: Object.fromEntries(
      FEEDBACK_FORM_1.map((i) => [i.key, answerOf(answers, i.key)]),
    ) as Form1Feedback['answers'],
  };
}

/** When the client gave these answers themselves, or null when the clinician recorded them. */
export function completedByClient(feedback: Feedback): string | null {
  return feedback.form === 2 ? (feedback.completedByClientAt ?? null) : null;
}

/** The items of the form a feedback was given on, with each answer. */
export function feedbackItems(feedback: Feedback): { key: string; text: string; answer: number | null }[] {
  const items: readonly { key: string; text: string }[] =
    feedback.form === 1 ? FEEDBACK_FORM_1 : FEEDBACK_FORM_2;
  const answers = feedback.answers as Record<string, number | null>;
  return items.map((i) => ({ ...i, answer: answers[i.key] ?? null }));
}

/** An answer in words: "7 of 10" on form 1, the scale's word on form 2. */
export function answerWords(form: 1 | 2, answer: number | null): string {
  if (answer === null) return 'Not answered';
  if (form === 1) return `${answer} of 10`;
  return AGREEMENT_SCALE.find((p) => p.value === answer)?.label ?? String(answer);
}
