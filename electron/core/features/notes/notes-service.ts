import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ParsedInput } from '../../../../shared/contract';
import { flagDrops } from '../../../../shared/notes/alliance';
import type {
  AlliancePoint,
  Note,
  noteChannels,
  NoteRecord,
  NoteSummary,
  SearchHit,
} from '../../../../shared/notes/note-contract';
import {
  completedByClient,
  CURRENT_FEEDBACK_FORM,
  emptyFeedback,
  type Feedback,
  type Form2Feedback,
} from '../../../../shared/notes/feedback-forms';
import { appendAudit } from '../../db/audit';
import { listChecklistItems } from '../../db/checklist';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import { listGoals } from '../../db/goals';
import * as notes from '../../db/notes';
import { indexNote, searchNotes } from '../../db/notes-search';
import { AppError } from '../../base/app-error';
import { addendumHash, fingerprintDetail, SIGNATURE_VERSION } from '../../db/note-fingerprint';
import { noteSearchText, parseSnippet, toMatchQuery } from './search-text';

type Input<C extends keyof typeof noteChannels> = z.output<(typeof noteChannels)[C]['input']>;

function toNote(row: NoteRecord, addenda: notes.AddendumRow[], processNote: Note['processNote']): Note {
  return {
    ...row,
    addenda: addenda.map((a) => ({
      id: a.id,
      body: a.body,
      signedAt: a.signedAt,
      signedBy: a.signedBy,
      contentHash: a.contentHash,
      signature: { version: a.signatureVersion, intact: addendumHash(a) === a.contentHash },
    })),
    processNote,
  };
}

/** The client's own answers stay as they gave them; the clinician can never mark answers as the client's. */
function keptFeedback(stored: Feedback, edited: Feedback): Feedback {
  if (completedByClient(stored)) return stored;
  if (edited.form !== 2) return edited;
  const { completedByClientAt: _dropped, ...rest } = edited;
  return rest;
}

/** What signing a GIRP note needs of the goals: each rating it holds joins that goal's progress. */
export interface GoalRatings {
  rate(input: ParsedInput<'goals:rate'>, noteId: string): unknown;
}

/** Who signs: the clinician's name and credentials as the letterhead holds them at the moment of signing. */
export type Signer = () => string;

export class NotesService {
  constructor(
    private readonly db: () => Db,
    private readonly goals: GoalRatings,
    private readonly signer: Signer,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(clientId: string): NoteSummary[] {
    const db = this.db();
    this.requireClient(db, clientId);
    return notes.listNoteSummaries(db, clientId).map((row) => ({
      ...row,
      hasProcessNote: Boolean(row.hasProcessNote),
    }));
  }

  get(id: string): Note {
    const db = this.db();
    const note = this.read(db, id);
    appendAudit(db, { action: 'note.viewed', entity: 'note', entityId: id });
    return note;
  }

  /** Starts a draft note with the checklist items in force today; later edits to the list leave it be. */
  create(input: Input<'notes:create'>): Note {
    const db = this.db();
    this.requireClient(db, input.clientId);
    const id = randomUUID();
    const at = this.now().toISOString();
    const checklist = listChecklistItems(db, true).map((item) => ({
      itemId: item.id,
      group: item.group,
      text: item.text,
      answer: null,
      comment: '',
    }));
    const note: notes.NoteContentRecord = {
      id,
      clientId: input.clientId,
      appointmentId: null,
      sessionDate: input.sessionDate,
      startTime: input.startTime,
      endTime: input.endTime,
      modality: input.modality,
      attendees: '',
      format: input.format,
      body: {},
      goalWork: [],
      checklist,
      feedback: emptyFeedback(),
      ruptures: [],
      createdAt: at,
      updatedAt: at,
    };
    db.transaction(() => {
      notes.insertNote(db, note);
      indexNote(db, id, input.clientId, '');
      appendAudit(db, { action: 'note.created', entity: 'note', entityId: id });
    })();
    return this.read(db, id);
  }

  /**
   * The autosave. Refused for a signed note, and for a save based on an older version than the one
   * stored (a second window), so that one editor never silently overwrites another.
   */
  save(input: Input<'notes:save'>): { updatedAt: string } {
    const db = this.db();
    let updatedAt = '';
    db.transaction(() => {
      const row = this.requireNote(db, input.id);
      if (row.signedAt) {
        throw new AppError(
          'CONFLICT',
          'This note is signed and can no longer change. Add an addendum instead.',
        );
      }
      if (row.updatedAt !== input.baseUpdatedAt) {
        throw new AppError(
          'CONFLICT',
          'This note was changed in another window. Reopen it to see the latest text.',
        );
      }
      const content = input.content;
      // Form 1 answers are kept under their words; they are never started or moved onto afresh.
      if (content.feedback.form !== row.feedback.form && content.feedback.form !== CURRENT_FEEDBACK_FORM) {
        throw new AppError('VALIDATION', 'This feedback form is kept for older notes only.');
      }
      const earlier = new Set(row.ruptures.flatMap((r) => r.earlierMarkers));
      if (content.ruptures.some((r) => r.earlierMarkers.some((m) => !earlier.has(m)))) {
        throw new AppError('VALIDATION', 'Markers of the earlier rupture form are kept, never added.');
      }
      const answers = new Map(content.checklist.map((a) => [a.itemId, a]));
      const checklist = row.checklist.map((entry) => {
        const answer = answers.get(entry.itemId);
        return answer ? { ...entry, answer: answer.answer, comment: answer.comment } : entry;
      });
      const planned = content.goalWork.length
        ? new Set(listGoals(db, row.clientId).map((g) => g.goalKey))
        : null;
      if (planned && content.goalWork.some((g) => !planned.has(g.goalKey))) {
        throw new AppError('VALIDATION', 'A goal linked in this note is not in the client’s plan.');
      }
      updatedAt = this.nextTimestamp(row.updatedAt);
      // Everything the clinician edits, but the checklist's items stay as the note began with them.
      const next: NoteRecord = {
        ...row,
        ...content,
        feedback: keptFeedback(row.feedback, content.feedback),
        goalWork: content.format === 'GIRP' ? content.goalWork : [],
        checklist,
        updatedAt,
      };
      notes.updateNoteContent(db, next);
      indexNote(db, row.id, row.clientId, noteSearchText(next, []));
    })();
    return { updatedAt };
  }

  /**
   * The client's own answers, from client mode: stored as theirs, marked with when they gave them,
   * and from then on kept as given (save() leaves them be; corrections go in an addendum).
   */
  recordClientFeedback(noteId: string, answers: Form2Feedback['answers'], message: string): void {
    const db = this.db();
    db.transaction(() => {
      const row = this.requireNote(db, noteId);
      if (row.signedAt) throw new AppError('CONFLICT', 'This note is signed and can no longer change.');
      if (completedByClient(row.feedback)) {
        throw new AppError('CONFLICT', 'The client has already answered for this session.');
      }
      const updatedAt = this.nextTimestamp(row.updatedAt);
      const feedback: Form2Feedback = { form: 2, answers, message, completedByClientAt: updatedAt };
      notes.updateNoteContent(db, { ...row, feedback, updatedAt });
      appendAudit(db, { action: 'note.client-feedback', entity: 'note', entityId: noteId });
    })();
  }

  saveProcessNote(input: Input<'notes:saveProcessNote'>): { updatedAt: string } {
    const db = this.db();
    this.requireNote(db, input.noteId);
    const updatedAt = this.now().toISOString();
    notes.writeProcessNote(db, input.noteId, input.body, updatedAt);
    return { updatedAt };
  }

  /** Locks the note for good: its fingerprint is stored, and GIRP ratings join the goals' progress. */
  sign(id: string): Note {
    const db = this.db();
    db.transaction(() => {
      const row = this.requireNote(db, id);
      if (row.signedAt) throw new AppError('CONFLICT', 'This note is already signed.');
      const signedAt = this.nextTimestamp(row.updatedAt);
      for (const work of row.goalWork) {
        if (work.level === null) continue;
        this.goals.rate(
          {
            clientId: row.clientId,
            goalKey: work.goalKey,
            rater: 'clinician',
            level: work.level,
            ratedOn: row.sessionDate,
            comment: '',
          },
          row.id,
        );
      }
      const fingerprint = notes.markSigned(db, id, signedAt, this.signer());
      // The fingerprint also goes into the chained trail, where rewriting it breaks the chain.
      appendAudit(db, {
        action: 'note.signed',
        entity: 'note',
        entityId: id,
        detail: fingerprintDetail(fingerprint),
      });
    })();
    return this.read(db, id);
  }

  addAddendum(input: Input<'notes:addAddendum'>): Note {
    const db = this.db();
    this.writeAddendum(input.noteId, input.body);
    return this.read(db, input.noteId);
  }

  /** Signs an addendum onto a signed note and answers its id (an accepted amendment links to it). */
  writeAddendum(noteId: string, body: string): string {
    const db = this.db();
    return db.transaction(() => {
      const row = this.requireNote(db, noteId);
      if (!row.signedAt)
        throw new AppError('CONFLICT', 'Addenda are for signed notes. Edit the draft instead.');
      const addendum = {
        id: randomUUID(),
        noteId: row.id,
        body,
        signedAt: this.now().toISOString(),
        signedBy: this.signer(),
        signatureVersion: SIGNATURE_VERSION,
      };
      const contentHash = addendumHash(addendum);
      notes.insertAddendum(db, { ...addendum, contentHash });
      indexNote(db, row.id, row.clientId, noteSearchText(row, notes.listAddenda(db, row.id)));
      appendAudit(db, {
        action: 'note.addended',
        entity: 'note',
        entityId: row.id,
        detail: `addendum ${addendum.id} ${fingerprintDetail(contentHash)}`,
      });
      return addendum.id;
    })();
  }

  search(query: string, limit: number): SearchHit[] {
    const match = toMatchQuery(query);
    if (!match) return [];
    const db = this.db();
    const hits = searchNotes(db, match, limit);
    const changed = notes.changedSignatures(
      db,
      hits.map((hit) => hit.noteId),
    );
    return hits.map((row) => ({
      ...row,
      signatureChanged: changed.has(row.noteId),
      snippet: parseSnippet(row.snippet),
    }));
  }

  alliance(clientId: string): AlliancePoint[] {
    const db = this.db();
    this.requireClient(db, clientId);
    return flagDrops(notes.listAllianceRows(db, clientId));
  }

  unsigned() {
    return notes.listUnsigned(this.db());
  }

  openRuptures() {
    return notes.listOpenRuptures(this.db());
  }

  private nextTimestamp(previous: string): string {
    // Two saves within the same millisecond must still differ, or a stale editor could slip through.
    const now = this.now().toISOString();
    return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }

  private requireNote(db: Db, id: string): NoteRecord {
    const row = notes.getNote(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'That note is not in this vault.');
    return row;
  }

  private read(db: Db, id: string): Note {
    const row = this.requireNote(db, id);
    return toNote(row, notes.listAddenda(db, id), notes.getProcessNote(db, id) ?? null);
  }
}
