import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { dueOn } from '../../../../shared/measures/measure-due';
import type {
  ClientMeasures,
  MeasureDue,
  MeasureEntry,
  MeasureRiskFlag,
  MeasureSchedule,
  measureChannels,
} from '../../../../shared/measures/measures-contract';
import { instrumentById } from '../../../../shared/measures/registry';
import { answersProblem, scoreMeasure } from '../../../../shared/measures/scoring';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import * as measures from '../../db/measures';
import { getNote } from '../../db/notes';

type Input<C extends keyof typeof measureChannels> = z.output<(typeof measureChannels)[C]['input']>;

export interface MeasurePorts {
  /** Who an entry names as its recorder: the clinician as the letterhead holds them. */
  signer: () => string;
  /** The practice's time zone: what is due is counted in its days. */
  timeZone: () => string;
}

function toEntry(row: measures.MeasureRow): MeasureEntry {
  return {
    ...row,
    answers: JSON.parse(row.answers) as number[],
    riskRaised: row.riskRaised === 1,
    riskOpen: row.riskOpen === 1 && row.supersededBy === null,
  };
}

function toSchedule(row: measures.ScheduleRow): MeasureSchedule {
  return { ...row, active: row.active === 1 };
}

function dueFrom(rows: measures.ScheduleFactsRow[], today: string): MeasureDue[] {
  return rows.flatMap((row) => {
    const on = dueOn({
      cadence: row.cadence,
      startOn: row.startOn,
      active: row.active === 1,
      lastCompletedOn: row.lastCompletedOn,
      today,
      sessionToday: row.sessionToday === 1,
      dischargedOn: row.status === 'discharged' ? row.statusDate : null,
    });
    return on === null
      ? []
      : [{ clientId: row.clientId, chosenName: row.chosenName, instrumentId: row.instrumentId, dueOn: on }];
  });
}

/**
 * Completed outcome measures and their schedules. The total, band and risk flag are worked out
 * here from the instrument's data, never taken from the caller; an entry once recorded is never
 * changed (the database refuses), and a correction is a new entry naming the one it replaces.
 */
export class MeasuresService {
  constructor(
    private readonly db: () => Db,
    private readonly ports: MeasurePorts,
    private readonly now: () => Date = () => new Date(),
  ) {}

  forClient(clientId: string): ClientMeasures {
    const db = this.db();
    this.requireClient(db, clientId);
    return {
      entries: measures.listMeasures(db, clientId).map(toEntry),
      schedules: measures.listSchedules(db, clientId).map(toSchedule),
      due: dueFrom(measures.listScheduleFacts(db, clientId, this.today()), this.today()),
    };
  }

  record(input: Input<'measures:record'>): MeasureEntry {
    const instrument = instrumentById(input.instrumentId);
    if (!instrument) throw new AppError('VALIDATION', 'Choose one of the measures Rapport has.');
    const problem = answersProblem(instrument, input.answers);
    if (problem) {
      throw new AppError('VALIDATION', problem, { issues: [{ path: 'answers', message: problem }] });
    }
    if (input.completedOn > this.today()) {
      throw new AppError('VALIDATION', 'A measure cannot be completed on a day still to come.', {
        issues: [{ path: 'completedOn', message: 'Choose today or an earlier day.' }],
      });
    }
    const score = scoreMeasure(instrument, input.answers);
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      if (input.noteId) {
        const note = getNote(db, input.noteId);
        if (!note || note.clientId !== input.clientId) {
          throw new AppError('NOT_FOUND', 'That note is not one of this client’s notes.');
        }
      }
      if (input.correction) this.requireCorrectable(db, input, input.correction.supersedesId);
      measures.insertMeasure(db, {
        id,
        clientId: input.clientId,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        answers: JSON.stringify(input.answers),
        total: score.total,
        band: score.band.key,
        riskRaised: score.riskRaised ? 1 : 0,
        completedOn: input.completedOn,
        completedBy: input.completedBy,
        recordedAt: this.now().toISOString(),
        recordedBy: this.ports.signer(),
        noteId: input.noteId,
        supersedesId: input.correction?.supersedesId ?? null,
        correctionReason: input.correction?.reason ?? null,
      });
      appendAudit(db, {
        action: input.correction ? 'measure.corrected' : 'measure.recorded',
        entity: 'measure',
        entityId: id,
        detail: instrument.id,
      });
    })();
    return toEntry(measures.getMeasure(db, id)!);
  }

  schedule(input: Input<'measures:schedule'>): MeasureSchedule[] {
    const db = this.db();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      measures.upsertSchedule(db, {
        ...input,
        active: input.active ? 1 : 0,
        updatedAt: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'measure.scheduled',
        entity: 'client',
        entityId: input.clientId,
        detail: input.instrumentId,
      });
    })();
    return measures.listSchedules(db, input.clientId).map(toSchedule);
  }

  due(): MeasureDue[] {
    const today = this.today();
    return dueFrom(measures.listAllScheduleFacts(this.db(), today), today);
  }

  riskFlags(): MeasureRiskFlag[] {
    return measures.listOpenRiskFlags(this.db()).flatMap((row) => {
      const index = instrumentById(row.instrumentId)?.riskItem?.index;
      if (index === undefined) return [];
      const { answers, ...rest } = row;
      return [{ ...rest, answer: (JSON.parse(answers) as number[])[index] ?? 0 }];
    });
  }

  private requireCorrectable(db: Db, input: Input<'measures:record'>, supersedesId: string): void {
    const earlier = measures.getMeasure(db, supersedesId);
    if (!earlier || earlier.clientId !== input.clientId || earlier.instrumentId !== input.instrumentId) {
      throw new AppError('NOT_FOUND', 'The entry to correct is not one of this client’s for this measure.');
    }
    if (earlier.supersededBy !== null) {
      throw new AppError('CONFLICT', 'That entry has already been corrected: correct the newer entry.');
    }
    // The client's original stays theirs in the history; what corrects it is the clinician's.
    if (input.completedBy === 'client') {
      throw new AppError('VALIDATION', 'A correction is made by the clinician, with a reason.', {
        issues: [{ path: 'completedBy', message: 'A correction is recorded as the clinician’s.' }],
      });
    }
  }

  /** Today in the practice's time zone: the day what is due is counted from, and a client completes on. */
  today(): string {
    return DateTime.fromJSDate(this.now()).setZone(this.ports.timeZone()).toISODate()!;
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }
}
