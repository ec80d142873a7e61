import type { PreparedDocument } from '../../../../shared/consent/consent-contract';
import type { ClientModeStep } from '../../../../shared/client-mode/client-mode-contract';
import { AppError } from '../../base/app-error';

/** A document granted for signing: what the main side filled in at the start, and for whom it is. */
export interface GrantedDocument {
  stepId: string;
  prepared: PreparedDocument;
  release: { recipient: string; expiresOn: string };
  signed: boolean;
}

/**
 * What the clinician granted when they handed the laptop over, held on the main side: the client,
 * the note whose feedback is asked for, and the measures and documents, each answerable once.
 * The page never says which client or which steps; it can only answer these.
 */
export interface Handover {
  clientId: string;
  noteId: string | null;
  greetingName: string;
  /** Instrument id → whether the client has submitted it. */
  measures: Map<string, boolean>;
  documents: GrantedDocument[];
}

export function handoverSteps(handover: Handover, feedbackDone: boolean): ClientModeStep[] {
  const steps: ClientModeStep[] = [...handover.measures].map(([instrumentId, done]) => ({
    kind: 'measure',
    instrumentId,
    done,
  }));
  if (handover.noteId !== null) steps.push({ kind: 'feedback', done: feedbackDone });
  for (const document of handover.documents) {
    steps.push({
      kind: 'document',
      stepId: document.stepId,
      title: document.prepared.title,
      text: document.prepared.text,
      done: document.signed,
    });
  }
  return steps;
}

/** The granted measure, refused when it was not granted or has been answered already. */
export function requireOpenMeasure(handover: Handover, instrumentId: string): void {
  const done = handover.measures.get(instrumentId);
  if (done === undefined) {
    throw new AppError('CONFLICT', 'This questionnaire was not among those your therapist chose.');
  }
  if (done) throw new AppError('CONFLICT', 'This questionnaire has already been answered.');
}

/** The granted document, refused when it was not granted or has been signed already. */
export function requireOpenDocument(handover: Handover, stepId: string): GrantedDocument {
  const document = handover.documents.find((d) => d.stepId === stepId);
  if (!document) throw new AppError('CONFLICT', 'This document was not among those your therapist chose.');
  if (document.signed) throw new AppError('CONFLICT', 'This document has already been signed.');
  return document;
}
