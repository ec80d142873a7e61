import type { ChecklistAnswer } from '../notes/checklist-defaults';
import type { Modality, NoteFormat } from '../notes/note-formats';
import type { PaperSize } from '../pdf/pdf-output';
import type { Practice } from '../practice/practice-contract';
import type { ScriptLanguages } from '../text/text-language';
import type { RecordScope } from './record-contract';

/** Labelled words of the record: a feedback item, a risk question. */
export interface RecordLine {
  /** Rapport's own words (a question, a field's name), never what someone typed. */
  label: string;
  value: string;
  comment?: string;
}

/** One item of the relationship checklist as the note answered it; null when it was left unanswered. */
export interface RecordChecklistItem {
  label: string;
  answer: ChecklistAnswer | null;
  comment: string;
}

export interface RecordSignature {
  signedAt: string;
  signedBy: string | null;
  /** The start of the fingerprint, as the note shows it: "3f2a 9c01 b7e4". */
  fingerprint: string;
  /** False when the record no longer matches what was signed: printed as such, never silently. */
  intact: boolean;
}

export interface RecordRupture {
  kind: string;
  markers: string[];
  raisedBy: string;
  repairs: string[];
  repairNote: string;
  outcome: string;
}

export interface RecordRiskReview {
  reviewedOn: string;
  judgement: string;
  thoughts: string;
  answers: RecordLine[];
  protectiveFactors: string;
  reasons: string;
  actions: string;
  recordedAt: string;
  recordedBy: string;
}

/**
 * A decided request to amend this note. A denial travels with the note it is about, with the
 * client's statement of disagreement and the rebuttal, whenever that note is shared.
 */
export interface RecordAmendment {
  receivedOn: string;
  requestedChange: string;
  outcome: 'accepted' | 'denied';
  decidedOn: string;
  denialReason: string;
  disagreement: string;
  disagreementOn: string | null;
  rebuttal: string;
  rebuttalOn: string | null;
}

export interface RecordNote {
  id: string;
  date: string;
  startTime: string;
  endTime: string;
  modality: Modality;
  format: NoteFormat;
  attendees: string;
  sections: { title: string; text: string; goalWork: { goal: string; level: string; note: string }[] }[];
  checklist: { title: string; items: RecordChecklistItem[] }[];
  /** The client's feedback under the words of the form they answered; null when none was given. */
  feedback: { form: 1 | 2; intro: string; items: RecordLine[]; message: RecordLine | null } | null;
  ruptures: RecordRupture[];
  riskReviews: RecordRiskReview[];
  /** Null for a draft: unsigned, not final, and printed as such. */
  signature: RecordSignature | null;
  addenda: (RecordSignature & { body: string })[];
  amendments: RecordAmendment[];
  /** Present only when the clinician chose this note's psychotherapy note in the dialog. */
  processNote: { body: string; updatedAt: string } | null;
}

/**
 * The record printout: a cover page saying what it holds and for whom, then each note in full as
 * the record holds it, oldest first.
 */
export interface RecordDocumentData {
  kind: 'record';
  locale: string;
  paper: PaperSize;
  preparedOn: string;
  practice: Practice;
  client: { name: string; legalName: string; dateOfBirth: string };
  scope: RecordScope;
  /** The first and last day the printout covers (a period asked for, or the notes' own). */
  period: { from: string; to: string };
  recipient: string;
  purpose: string;
  drafts: number;
  /** The session days of the notes whose psychotherapy note is included. */
  processNoteDays: string[];
  notes: RecordNote[];
  scriptLanguages: ScriptLanguages;
}
