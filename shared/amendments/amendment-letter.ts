import { formatDate } from '../dates/format-date';
import type { PaperSize } from '../pdf/pdf-output';
import type { AmendmentRequest } from './amendment-contract';

/**
 * The letter to the client about their request, printed on the same page and engine as the
 * summary. Its body is plain text the clinician edits before printing: the default below states
 * the decision and the client's rights in plain words, which the clinician adapts to the law
 * where they practise.
 */
export interface AmendmentLetterDocumentData {
  kind: 'amendment-letter';
  /** The locale its dates are written in: the system's, as on the screens. */
  locale: string;
  paper: PaperSize;
  printedOn: string;
  letterhead: { name: string; clinician: string; address: string; phone: string; email: string };
  body: string;
}

export function defaultLetter(
  request: AmendmentRequest,
  people: { client: string; clinician: string },
): string {
  const greeting = `Dear ${people.client},`;
  const asked = `On ${formatDate(request.receivedOn)} you asked me to amend your record: ${request.requestedChange.trim()}`;
  const signOff = `Yours sincerely,\n\n${people.clinician}`;
  if (request.decision?.outcome === 'accepted') {
    return [
      greeting,
      asked,
      `I have accepted your request. On ${formatDate(request.decision.decidedOn)} I added an amendment to your record; the original entries stay as they were, with the amendment attached to them.`,
      'If there are people or organisations you would like me to tell about this amendment, please let me know who they are and I will send it to them.',
      signOff,
    ].join('\n\n');
  }
  if (request.decision?.outcome === 'denied') {
    const { disagreement, disagreementOn, rebuttal, rebuttalOn } = request.decision;
    const statement = disagreement.trim()
      ? [
          `${disagreementOn ? `On ${formatDate(disagreementOn)} you` : 'You'} sent me a statement disagreeing with this decision. I keep it with your record and include it whenever I share the part of the record it is about.`,
        ]
      : [];
    const answer = rebuttal.trim()
      ? [
          `${disagreement.trim() ? 'My response to your statement' : 'My comment on this decision'}${rebuttalOn ? `, written on ${formatDate(rebuttalOn)}` : ''}, which is kept with it:\n${rebuttal.trim()}`,
        ]
      : [];
    return [
      greeting,
      asked,
      `I have decided not to make this change. The reason is: ${request.decision.denialReason.trim()}`,
      ...statement,
      ...answer,
      'Your rights:\n' +
        '- You may send me a written statement saying that you disagree with this decision and why. I will keep it with your record and include it whenever I share the part of the record it is about.\n' +
        '- If you do not send a statement, you may ask me to include your request and this letter whenever I share that part of the record.\n' +
        '- You may complain to me, or to the body that oversees health records where you live.',
      signOff,
    ].join('\n\n');
  }
  return [
    greeting,
    asked,
    `I am writing to let you know that I need more time to decide. I will give you my decision by ${formatDate(request.deadline)}.`,
    signOff,
  ].join('\n\n');
}
