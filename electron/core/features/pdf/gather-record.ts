import type { ChannelOutput } from '../../../../shared/contract';
import { GAS_LEVEL_LABELS } from '../../../../shared/goals/gas';
import { groupEntries } from '../../../../shared/notes/checklist-groups';
import {
  answerWords,
  feedbackItems,
  FEEDBACK_MESSAGE_PROMPT,
  type Feedback,
} from '../../../../shared/notes/feedback-forms';
import type { NoteRecord } from '../../../../shared/notes/note-contract';
import { NOTE_FORMATS } from '../../../../shared/notes/note-formats';
import {
  MARKER_LABELS,
  REPAIR_LABELS,
  RUPTURE_KIND_LABELS,
  RUPTURE_OUTCOME_LABELS,
} from '../../../../shared/notes/rupture-lists';
import { shortFingerprint } from '../../../../shared/notes/short-fingerprint';
import type { RecordRequest } from '../../../../shared/record/record-contract';
import type { RecordNote, RecordRiskReview } from '../../../../shared/record/record-document';
import {
  ANSWER_LABELS,
  JUDGEMENT_LABELS,
  RISK_QUESTIONS,
  THOUGHTS_LABELS,
} from '../../../../shared/risk/risk-contract';
import { amendmentsForNote } from '../../db/amendments';
import { listChecklistGroups } from '../../db/checklist';
import type { Db } from '../../db/connection';
import { addendumHash } from '../../db/note-fingerprint';
import { getProcessNote, listAddenda, listNotes } from '../../db/notes';
import { listNoteRiskReviews, type RiskReviewRow } from '../../db/risk-reviews';
import { AppError } from '../../base/app-error';

export interface RecordSources {
  db: () => Db;
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  practice: { get(): ChannelOutput<'practice:get'> };
  goals: { get(clientId: string): ChannelOutput<'goals:get'> };
}

/** The notes the request names, oldest first; drafts only when asked for, or when the one note asked for is one. */
export function chosenNotes(db: Db, request: RecordRequest): NoteRecord[] {
  const all = listNotes(db, request.clientId).sort(
    (a, b) => a.sessionDate.localeCompare(b.sessionDate) || a.startTime.localeCompare(b.startTime),
  );
  if (request.scope === 'note') {
    const note = all.find((n) => n.id === request.noteId);
    if (!note) throw new AppError('NOT_FOUND', 'That note is not in this client’s record.');
    return [note];
  }
  return all.filter(
    (note) =>
      (request.includeDrafts || note.signedAt !== null) &&
      (request.scope === 'all' || (note.sessionDate >= request.from! && note.sessionDate <= request.to!)),
  );
}

/**
 * Each psychotherapy note chosen must sit under a note this printout holds and exist: a choice that
 * does not is refused rather than ignored, so nothing is printed that the clinician did not mean.
 */
function requireChosenProcessNotes(db: Db, notes: readonly NoteRecord[], chosen: readonly string[]) {
  const printed = new Set(notes.map((n) => n.id));
  for (const id of chosen) {
    if (!printed.has(id) || !getProcessNote(db, id)?.body.trim()) {
      throw new AppError(
        'VALIDATION',
        'A psychotherapy note was chosen that is not under a note this printout holds. Choose again.',
      );
    }
  }
}

function feedbackOf(feedback: Feedback): RecordNote['feedback'] {
  const items = feedbackItems(feedback);
  const message = feedback.form === 2 ? feedback.message.trim() : '';
  if (items.every((i) => i.answer === null) && !message) return null;
  return {
    form: feedback.form,
    intro:
      feedback.form === 1
        ? 'Given on the earlier feedback form, each answer 0 to 10.'
        : 'Each statement answered on a five-point scale, from “Not true at all” to “Completely true”.',
    items: items.map((i) => ({ label: i.text, value: answerWords(feedback.form, i.answer) })),
    message: message ? { label: FEEDBACK_MESSAGE_PROMPT, value: message } : null,
  };
}

function riskReviewOf(review: RiskReviewRow): RecordRiskReview {
  return {
    reviewedOn: review.reviewedOn,
    judgement: JUDGEMENT_LABELS[review.judgement],
    thoughts: THOUGHTS_LABELS[review.suicidalThoughts],
    answers: RISK_QUESTIONS.map((q) => ({ label: q.label, value: ANSWER_LABELS[review[q.key]] })),
    protectiveFactors: review.protectiveFactors,
    reasons: review.reasons,
    actions: review.actions,
    recordedAt: review.recordedAt,
    recordedBy: review.recordedBy,
  };
}

function noteOf(
  db: Db,
  note: NoteRecord,
  goalWords: Map<string, string>,
  groups: ReturnType<typeof listChecklistGroups>,
  withProcessNote: boolean,
): RecordNote {
  const processNote = withProcessNote ? (getProcessNote(db, note.id) ?? null) : null;
  return {
    id: note.id,
    date: note.sessionDate,
    startTime: note.startTime,
    endTime: note.endTime,
    modality: note.modality,
    format: note.format,
    attendees: note.attendees,
    sections: NOTE_FORMATS[note.format].map((section) => ({
      title: section.title,
      text: note.body[section.key] ?? '',
      goalWork:
        note.format === 'GIRP' && section.key === 'goal'
          ? note.goalWork.map((work) => ({
              goal: goalWords.get(work.goalKey) ?? 'A goal no longer in the plan',
              level: work.level === null ? '' : GAS_LEVEL_LABELS[work.level],
              note: work.note,
            }))
          : [],
    })),
    checklist: groupEntries(note.checklist, groups).map((group) => ({
      title: group.title,
      items: group.items.map((item) => ({
        label: item.text,
        answer: item.answer,
        comment: item.comment,
      })),
    })),
    feedback: feedbackOf(note.feedback),
    ruptures: note.ruptures.map((r) => ({
      kind: RUPTURE_KIND_LABELS[r.kind],
      markers: [...r.markers.map((m) => MARKER_LABELS[m] ?? m), ...r.earlierMarkers],
      raisedBy: r.raisedBy === 'client' ? 'Client' : r.raisedBy === 'clinician' ? 'Clinician' : '',
      repairs: r.repairs.map((k) => REPAIR_LABELS[k] ?? k),
      repairNote: r.repairNote,
      outcome: r.outcome ? RUPTURE_OUTCOME_LABELS[r.outcome] : '',
    })),
    riskReviews: listNoteRiskReviews(db, note.id).map(riskReviewOf),
    signature:
      note.signedAt && note.contentHash
        ? {
            signedAt: note.signedAt,
            signedBy: note.signedBy,
            fingerprint: shortFingerprint(note.contentHash),
            intact: note.signature?.intact ?? false,
          }
        : null,
    addenda: listAddenda(db, note.id).map((a) => ({
      body: a.body,
      signedAt: a.signedAt,
      signedBy: a.signedBy,
      fingerprint: shortFingerprint(a.contentHash),
      intact: addendumHash(a) === a.contentHash,
    })),
    amendments: amendmentsForNote(db, note.id)
      .filter((a) => a.decision !== null)
      .reverse()
      .map((a) => ({
        receivedOn: a.receivedOn,
        requestedChange: a.requestedChange,
        outcome: a.decision!,
        decidedOn: a.decidedOn!,
        denialReason: a.denialReason,
        disagreement: a.disagreement,
        disagreementOn: a.disagreementOn,
        rebuttal: a.rebuttal,
        rebuttalOn: a.rebuttalOn,
      })),
    processNote: processNote && { body: processNote.body, updatedAt: processNote.updatedAt },
  };
}

/**
 * The notes a record printout holds, each in full as the record holds it. The process-notes table
 * is read only for the notes the clinician named, one by one.
 */
export function gatherRecordNotes(sources: RecordSources, request: RecordRequest): RecordNote[] {
  const db = sources.db();
  const notes = chosenNotes(db, request);
  if (notes.length === 0) {
    throw new AppError(
      'VALIDATION',
      request.includeDrafts
        ? 'There are no notes in this period: choose other dates.'
        : 'There are no signed notes in this period: choose other dates, or include drafts.',
    );
  }
  requireChosenProcessNotes(db, notes, request.processNoteIds);
  const chosen = new Set(request.processNoteIds);
  const goalWords = new Map(
    sources.goals
      .get(request.clientId)
      .versions.flatMap((v) => v.goals)
      .map((g) => [g.goalKey, g.clientWords] as const),
  );
  const groups = listChecklistGroups(db);
  return notes.map((note) => noteOf(db, note, goalWords, groups, chosen.has(note.id)));
}
