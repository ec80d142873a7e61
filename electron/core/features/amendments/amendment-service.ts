import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import {
  amendmentDeadline,
  daysLeft,
  DAYS_TO_DECIDE,
  DUE_SOON_DAYS,
} from '../../../../shared/amendments/amendment-clock';
import type {
  amendmentChannels,
  AmendmentRequest,
  DueAmendment,
} from '../../../../shared/amendments/amendment-contract';
import { addDays } from '../../../../shared/dates/practice-time';
import * as amendments from '../../db/amendments';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import { getNote } from '../../db/notes';
import { AppError } from '../../base/app-error';

type Input<C extends keyof typeof amendmentChannels> = z.output<(typeof amendmentChannels)[C]['input']>;

/** What an accepted request needs of the notes: an addendum signed onto each, by id. */
export interface Addenda {
  writeAddendum(noteId: string, body: string): string;
}

function toRequest(row: amendments.AmendmentRow, notes: amendments.AmendmentNoteRow[]): AmendmentRequest {
  const extension =
    row.extendedOn && row.clientToldOn
      ? { extendedOn: row.extendedOn, reason: row.extensionReason, clientToldOn: row.clientToldOn }
      : null;
  let decision: AmendmentRequest['decision'] = null;
  if (row.decision === 'accepted') decision = { outcome: 'accepted', decidedOn: row.decidedOn! };
  if (row.decision === 'denied') {
    decision = {
      outcome: 'denied',
      decidedOn: row.decidedOn!,
      denialReason: row.denialReason,
      disagreement: row.disagreement,
      disagreementOn: row.disagreementOn,
      rebuttal: row.rebuttal,
      rebuttalOn: row.rebuttalOn,
    };
  }
  return {
    id: row.id,
    clientId: row.clientId,
    receivedOn: row.receivedOn,
    notes: notes.map((n) => ({ noteId: n.noteId, sessionDate: n.sessionDate, addendumId: n.addendumId })),
    recordPart: row.recordPart,
    requestedChange: row.requestedChange,
    reason: row.reason,
    extension,
    deadline: amendmentDeadline(row.receivedOn, extension !== null),
    decision,
  };
}

/**
 * Requests to amend the record, on the 60-day clock with one 30-day extension. A decision is made
 * once and the database then refuses any change. The audit trail names requests, notes and
 * addenda by id and never what the client asked or why.
 */
export class AmendmentService {
  constructor(
    private readonly db: () => Db,
    private readonly addenda: Addenda,
    private readonly timeZone: () => string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(clientId: string): AmendmentRequest[] {
    const db = this.db();
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
    return amendments.amendmentsForClient(db, clientId).map((row) => this.read(db, row));
  }

  forNote(noteId: string): AmendmentRequest[] {
    const db = this.db();
    if (!getNote(db, noteId)) throw new AppError('NOT_FOUND', 'That note is not in this vault.');
    return amendments.amendmentsForNote(db, noteId).map((row) => this.read(db, row));
  }

  get(id: string): AmendmentRequest {
    const db = this.db();
    return this.read(db, this.require(db, id));
  }

  due(): DueAmendment[] {
    const today = this.today();
    return amendments
      .openAmendments(this.db())
      .map((row) => {
        const deadline = amendmentDeadline(row.receivedOn, row.extendedOn !== null);
        return {
          id: row.id,
          clientId: row.clientId,
          chosenName: row.chosenName,
          receivedOn: row.receivedOn,
          deadline,
          extended: row.extendedOn !== null,
          daysLeft: daysLeft(deadline, today),
        };
      })
      .filter((row) => row.daysLeft <= DUE_SOON_DAYS)
      .sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
  }

  log(input: Input<'amendments:log'>): AmendmentRequest {
    const db = this.db();
    if (input.receivedOn > this.today()) {
      throw new AppError('VALIDATION', 'A request cannot be received after today.', {
        issues: [{ path: 'receivedOn', message: 'Use today or an earlier day.' }],
      });
    }
    const noteIds = [...new Set(input.noteIds)];
    if (noteIds.length === 0 && input.recordPart.trim() === '') {
      throw new AppError('VALIDATION', 'Say which notes or which part of the record the request is about.', {
        issues: [{ path: 'recordPart', message: 'Choose a note or describe the part of the record.' }],
      });
    }
    const id = randomUUID();
    db.transaction(() => {
      if (!getClient(db, input.clientId))
        throw new AppError('NOT_FOUND', 'That client is not in this vault.');
      for (const noteId of noteIds) {
        if (getNote(db, noteId)?.clientId !== input.clientId) {
          throw new AppError('NOT_FOUND', "That note is not in this client's record.");
        }
      }
      amendments.insertAmendment(db, {
        id,
        clientId: input.clientId,
        receivedOn: input.receivedOn,
        recordPart: input.recordPart,
        requestedChange: input.requestedChange,
        reason: input.reason,
        at: this.now().toISOString(),
      });
      for (const noteId of noteIds) amendments.linkAmendmentNote(db, id, noteId);
      appendAudit(db, {
        action: 'amendment.logged',
        entity: 'amendment_request',
        entityId: id,
        detail: `client ${input.clientId}; notes ${noteIds.length}`,
      });
    })();
    return this.get(id);
  }

  extend(input: Input<'amendments:extend'>): AmendmentRequest {
    const db = this.db();
    db.transaction(() => {
      const row = this.requireOpen(db, input.id);
      if (row.extendedOn) throw new AppError('CONFLICT', 'This request has already had its one extension.');
      const firstDeadline = addDays(row.receivedOn, DAYS_TO_DECIDE);
      const today = this.today();
      if (today > firstDeadline) {
        throw new AppError(
          'CONFLICT',
          `An extension has to be taken within the first ${DAYS_TO_DECIDE} days; that time has passed.`,
        );
      }
      if (
        input.clientToldOn < row.receivedOn ||
        input.clientToldOn > firstDeadline ||
        input.clientToldOn > today
      ) {
        throw new AppError(
          'VALIDATION',
          'The client must be told within the first 60 days, and not after today.',
          {
            issues: [{ path: 'clientToldOn', message: 'Use a day between the request and today.' }],
          },
        );
      }
      amendments.extendAmendment(db, input.id, {
        extendedOn: today,
        reason: input.reason,
        clientToldOn: input.clientToldOn,
        at: this.now().toISOString(),
      });
      appendAudit(db, { action: 'amendment.extended', entity: 'amendment_request', entityId: input.id });
    })();
    return this.get(input.id);
  }

  /** Accepted: the addendum is signed onto every note the request names, and each is linked. */
  accept(input: Input<'amendments:accept'>): AmendmentRequest {
    const db = this.db();
    db.transaction(() => {
      const row = this.requireOpen(db, input.id);
      this.checkDecidedOn(row, input.decidedOn);
      const linked = amendments.amendmentNotes(db, input.id);
      if (linked.length > 0 && input.addendum.trim() === '') {
        throw new AppError('VALIDATION', 'Write the addendum that makes the amendment.', {
          issues: [{ path: 'addendum', message: 'Write the addendum first.' }],
        });
      }
      for (const note of linked) {
        const addendumId = this.addenda.writeAddendum(note.noteId, input.addendum);
        amendments.setAmendmentAddendum(db, input.id, note.noteId, addendumId);
      }
      amendments.decideAmendment(db, input.id, {
        outcome: 'accepted',
        decidedOn: input.decidedOn,
        denialReason: '',
        disagreement: '',
        disagreementOn: null,
        rebuttal: '',
        rebuttalOn: null,
        at: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'amendment.accepted',
        entity: 'amendment_request',
        entityId: input.id,
        detail: `addenda ${linked.length}`,
      });
    })();
    return this.get(input.id);
  }

  /** Denied: the reason, and the client's disagreement and the rebuttal when there are any. */
  deny(input: Input<'amendments:deny'>): AmendmentRequest {
    const db = this.db();
    const disagreement = input.disagreement.trim() === '' ? '' : input.disagreement;
    if (disagreement && !input.disagreementOn) {
      throw new AppError('VALIDATION', "Give the date of the client's statement of disagreement.", {
        issues: [{ path: 'disagreementOn', message: 'Give the date the client made the statement.' }],
      });
    }
    db.transaction(() => {
      const row = this.requireOpen(db, input.id);
      this.checkDecidedOn(row, input.decidedOn);
      amendments.decideAmendment(db, input.id, {
        outcome: 'denied',
        decidedOn: input.decidedOn,
        denialReason: input.denialReason,
        disagreement,
        disagreementOn: disagreement ? input.disagreementOn! : null,
        rebuttal: input.rebuttal,
        rebuttalOn: input.rebuttal.trim() ? input.decidedOn : null,
        at: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'amendment.denied',
        entity: 'amendment_request',
        entityId: input.id,
        detail: `disagreement ${disagreement ? 'yes' : 'no'}; rebuttal ${input.rebuttal.trim() ? 'yes' : 'no'}`,
      });
    })();
    return this.get(input.id);
  }

  /** The client's statement, when it came after the denial: kept once, beside the denial. */
  addDisagreement(input: Input<'amendments:addDisagreement'>): AmendmentRequest {
    const db = this.db();
    db.transaction(() => {
      const row = this.requireDenied(db, input.id);
      if (row.disagreement.trim()) {
        throw new AppError('CONFLICT', "The client's statement of disagreement is already kept.");
      }
      this.checkBetween(input.disagreementOn, row.decidedOn!, 'disagreementOn', 'the denial');
      amendments.addAmendmentDisagreement(db, input.id, {
        text: input.disagreement,
        on: input.disagreementOn,
        at: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'amendment.disagreement_added',
        entity: 'amendment_request',
        entityId: input.id,
      });
    })();
    return this.get(input.id);
  }

  /** The clinician's rebuttal, answering the statement kept: once. */
  addRebuttal(input: Input<'amendments:addRebuttal'>): AmendmentRequest {
    const db = this.db();
    db.transaction(() => {
      const row = this.requireDenied(db, input.id);
      if (!row.disagreement.trim()) {
        throw new AppError(
          'CONFLICT',
          "A rebuttal answers the client's statement: keep the statement first.",
        );
      }
      if (row.rebuttal.trim()) throw new AppError('CONFLICT', 'Your rebuttal is already kept.');
      this.checkBetween(input.rebuttalOn, row.disagreementOn!, 'rebuttalOn', "the client's statement");
      amendments.addAmendmentRebuttal(db, input.id, {
        text: input.rebuttal,
        on: input.rebuttalOn,
        at: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'amendment.rebuttal_added',
        entity: 'amendment_request',
        entityId: input.id,
      });
    })();
    return this.get(input.id);
  }

  private checkBetween(day: string, from: string, path: string, what: string): void {
    if (day < from || day > this.today()) {
      throw new AppError('VALIDATION', `The date has to fall between ${what} and today.`, {
        issues: [{ path, message: `Use a day between ${what} and today.` }],
      });
    }
  }

  private requireDenied(db: Db, id: string): amendments.AmendmentRow {
    const row = this.require(db, id);
    if (row.decision !== 'denied') {
      throw new AppError(
        'CONFLICT',
        'Only a denied request takes a statement of disagreement or a rebuttal.',
      );
    }
    return row;
  }

  private checkDecidedOn(row: amendments.AmendmentRow, decidedOn: string): void {
    if (decidedOn < row.receivedOn || decidedOn > this.today()) {
      throw new AppError('VALIDATION', 'The decision has to fall between the request and today.', {
        issues: [{ path: 'decidedOn', message: 'Use a day between the request and today.' }],
      });
    }
  }

  private today(): string {
    return DateTime.fromJSDate(this.now()).setZone(this.timeZone()).toISODate()!;
  }

  private read(db: Db, row: amendments.AmendmentRow): AmendmentRequest {
    return toRequest(row, amendments.amendmentNotes(db, row.id));
  }

  private require(db: Db, id: string): amendments.AmendmentRow {
    const row = amendments.getAmendment(db, id);
    if (!row) throw new AppError('NOT_FOUND', 'That amendment request is not in this vault.');
    return row;
  }

  private requireOpen(db: Db, id: string): amendments.AmendmentRow {
    const row = this.require(db, id);
    if (row.decision) throw new AppError('CONFLICT', 'This request has been decided and cannot change.');
    return row;
  }
}
