import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { Intake } from '../../../../shared/clients/intake-schema';
import { addDays } from '../../../../shared/dates/practice-time';
import { intakeRiskAnswered } from '../../../../shared/risk/intake-risk-answered';
import {
  DEFAULT_RISK_INTERVALS,
  riskIntervals,
  type IntakeRiskAnswers,
  type RiskDue,
  type RiskHistory,
  type RiskIntervals,
  type RiskReview,
  type riskChannels,
} from '../../../../shared/risk/risk-contract';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { listChanges } from '../../db/client-changes';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import { getMeasure } from '../../db/measures';
import { getNote } from '../../db/notes';
import * as reviews from '../../db/risk-reviews';
import { readJsonSetting, writeJsonSetting } from '../../db/settings';

type Input<C extends keyof typeof riskChannels> = z.output<(typeof riskChannels)[C]['input']>;

const INTERVALS_SETTING = 'risk.reviewIntervals';

export interface RiskPorts {
  /** The intake's answers, read without recording a view of the client (the client page asks for the history on every open). */
  clients: { intake(id: string): Intake };
  /** Who a review names as its author: the clinician as the letterhead holds them. */
  signer: () => string;
  /** The practice's time zone: what is due is counted in its days. */
  timeZone: () => string;
}

function toReview(row: reviews.RiskReviewRow): RiskReview {
  const { updatedAt: _updatedAt, sealed, ...rest } = row;
  return { ...rest, sealed: sealed === 1 };
}

/**
 * Risk reviews over time. Nothing is overwritten: each review is a row of its own and the newest
 * is the current judgement. A review at intake, or in a signed note, is sealed (the database
 * refuses to change it); a correction is recorded as a new review.
 */
export class RiskService {
  constructor(
    private readonly db: () => Db,
    private readonly ports: RiskPorts,
    private readonly now: () => Date = () => new Date(),
  ) {}

  history(clientId: string): RiskHistory {
    const db = this.db();
    this.requireClient(db, clientId);
    return {
      reviews: reviews.listRiskReviews(db, clientId).map(toReview),
      intake: this.intakeAnswers(db, clientId),
    };
  }

  forNote(noteId: string): RiskReview[] {
    const db = this.db();
    if (!getNote(db, noteId)) throw new AppError('NOT_FOUND', 'That note is not in this vault.');
    return reviews.listNoteRiskReviews(db, noteId).map(toReview);
  }

  record(input: Input<'risk:record'>): RiskReview {
    const db = this.db();
    const at = this.now().toISOString();
    const id = randomUUID();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const noteId = input.source.kind === 'note' ? input.source.noteId : null;
      if (noteId) {
        const note = getNote(db, noteId);
        if (!note || note.clientId !== input.clientId) {
          throw new AppError('NOT_FOUND', 'That note is not one of this client’s notes.');
        }
      }
      const measureId = input.source.kind === 'measure' ? input.source.measureId : null;
      if (measureId) this.requireMeasureBefore(db, input, measureId);
      const { clientId, source, ...fields } = input;
      reviews.insertRiskReview(db, {
        ...fields,
        id,
        clientId,
        source: source.kind,
        noteId,
        measureId,
        recordedAt: at,
        recordedBy: this.ports.signer(),
        updatedAt: at,
      });
      appendAudit(db, { action: 'risk.recorded', entity: 'risk_review', entityId: id, detail: source.kind });
    })();
    return toReview(reviews.getRiskReview(db, id)!);
  }

  update(input: Input<'risk:update'>): RiskReview {
    const db = this.db();
    db.transaction(() => {
      const existing = reviews.getRiskReview(db, input.id);
      if (!existing) throw new AppError('NOT_FOUND', 'That risk review is not in this vault.');
      if (existing.sealed === 1) {
        throw new AppError(
          'CONFLICT',
          existing.source === 'note'
            ? 'This review belongs to a signed note and cannot change. Record a new review to correct it.'
            : `A review recorded ${existing.source === 'intake' ? 'at intake' : 'after a measure'} is part of the record and cannot change. Record a new review to correct it.`,
        );
      }
      reviews.updateRiskReview(db, { ...input, updatedAt: this.now().toISOString() });
      appendAudit(db, { action: 'risk.updated', entity: 'risk_review', entityId: input.id });
    })();
    return toReview(reviews.getRiskReview(db, input.id)!);
  }

  intervals(): RiskIntervals {
    const parsed = riskIntervals.safeParse(readJsonSetting(this.db(), INTERVALS_SETTING));
    return parsed.success ? parsed.data : DEFAULT_RISK_INTERVALS;
  }

  setIntervals(input: RiskIntervals): RiskIntervals {
    const db = this.db();
    db.transaction(() => {
      writeJsonSetting(db, INTERVALS_SETTING, input);
      appendAudit(db, { action: 'risk.intervals-changed', entity: 'settings' });
    })();
    return this.intervals();
  }

  due(): RiskDue[] {
    const { highDays, moderateDays } = this.intervals();
    const today = DateTime.fromJSDate(this.now()).setZone(this.ports.timeZone()).toISODate()!;
    return reviews
      .listRiskReviewsDue(this.db(), {
        highBefore: addDays(today, -highDays),
        moderateBefore: addDays(today, -moderateDays),
      })
      .map((row) => ({
        ...row,
        dueOn: addDays(row.reviewedOn, row.judgement === 'high' ? highDays : moderateDays),
      }));
  }

  /** The intake's own risk answers, when any was given, with the moment they were last changed. */
  private intakeAnswers(db: Db, clientId: string): IntakeRiskAnswers | null {
    const risk = this.ports.clients.intake(clientId).risk;
    if (!intakeRiskAnswered(risk)) return null;
    const change = listChanges(db, clientId).find(
      (c) => c.kind === 'intake' && c.changes.some((d) => d.path.startsWith('risk.')),
    );
    return {
      answeredAt: change?.at ?? null,
      suicidalThoughts: risk.suicidalThoughts,
      selfHarm: risk.selfHarm,
      harmToOthers: risk.harmToOthers,
      notes: risk.notes,
    };
  }

  /** The measure a review follows is the client's, and the review is dated on or after it. */
  private requireMeasureBefore(db: Db, input: Input<'risk:record'>, measureId: string): void {
    const measure = getMeasure(db, measureId);
    if (!measure || measure.clientId !== input.clientId) {
      throw new AppError('NOT_FOUND', 'That measure is not one of this client’s.');
    }
    if (input.reviewedOn < measure.completedOn) {
      throw new AppError('VALIDATION', 'A review after a measure cannot be dated before it.', {
        issues: [{ path: 'reviewedOn', message: 'Choose the day of the measure or a later day.' }],
      });
    }
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }
}
