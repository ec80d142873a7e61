import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { tidyCode } from '../../../../shared/diagnoses/code-shape';
import type {
  Diagnosis,
  DiagnosisChange,
  diagnosisChannels,
  DiagnosisFields,
} from '../../../../shared/diagnoses/diagnosis-contract';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import * as diagnoses from '../../db/diagnoses';

type Input<C extends keyof typeof diagnosisChannels> = z.output<(typeof diagnosisChannels)[C]['input']>;

function tidy(fields: DiagnosisFields): DiagnosisFields {
  return {
    ...fields,
    code: tidyCode(fields.system, fields.code),
    title: fields.title.trim(),
    madeBy: fields.madeBy.trim(),
  };
}

/** Each field that differs, before and after, in the order of the form. */
function diff(before: Partial<DiagnosisFields>, after: DiagnosisFields): DiagnosisChange['changes'] {
  return (Object.keys(after) as (keyof DiagnosisFields)[])
    .filter((key) => before[key] !== after[key])
    .map((key) => ({ path: key, before: before[key] ?? null, after: after[key] }));
}

function fieldsOf(row: diagnoses.DiagnosisRow): DiagnosisFields {
  const { id: _id, clientId: _clientId, ...fields } = row;
  return fields;
}

/**
 * A client's diagnoses and their history. Nothing is deleted: a diagnosis that proved wrong is
 * ruled out, one that has passed is resolved, and every change keeps who made it, when, and each
 * field before and after. The audit trail names the diagnosis by id only.
 */
export class DiagnosesService {
  constructor(
    private readonly db: () => Db,
    /** Who the history names: the clinician in the app, or the command line. */
    private readonly actor: string = 'clinician',
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(clientId: string): Diagnosis[] {
    const db = this.db();
    this.requireClient(db, clientId);
    const history = new Map<string, Diagnosis['history']>();
    for (const { diagnosisId, ...change } of diagnoses.listDiagnosisChanges(db, clientId)) {
      history.set(diagnosisId, [...(history.get(diagnosisId) ?? []), change]);
    }
    return diagnoses
      .listDiagnoses(db, clientId)
      .map((row) => ({ ...row, history: history.get(row.id) ?? [] }));
  }

  add(input: Input<'diagnoses:add'>): Diagnosis[] {
    const db = this.db();
    const at = this.now().toISOString();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const row = { id: randomUUID(), clientId: input.clientId, ...tidy(input.diagnosis) };
      diagnoses.insertDiagnosis(db, row, at);
      diagnoses.appendDiagnosisChange(db, {
        diagnosisId: row.id,
        at,
        actor: this.actor,
        kind: 'added',
        changes: diff({}, fieldsOf(row)),
      });
      appendAudit(db, { action: 'client.diagnosis-added', entity: 'diagnosis', entityId: row.id });
      this.keepOnePrimary(db, row, at);
    })();
    return this.list(input.clientId);
  }

  update(input: Input<'diagnoses:update'>): Diagnosis[] {
    const db = this.db();
    const at = this.now().toISOString();
    const stored = diagnoses.getDiagnosis(db, input.id);
    if (!stored) throw new AppError('NOT_FOUND', 'That diagnosis is not in this vault.');
    db.transaction(() => {
      const row = { id: stored.id, clientId: stored.clientId, ...tidy(input.diagnosis) };
      const changes = diff(fieldsOf(stored), fieldsOf(row));
      if (changes.length === 0) return;
      diagnoses.updateDiagnosis(db, row, at);
      diagnoses.appendDiagnosisChange(db, {
        diagnosisId: row.id,
        at,
        actor: this.actor,
        kind: 'changed',
        changes,
      });
      appendAudit(db, { action: 'client.diagnosis-changed', entity: 'diagnosis', entityId: row.id });
      this.keepOnePrimary(db, row, at);
    })();
    return this.list(stored.clientId);
  }

  /** Naming a current diagnosis primary makes any other current primary secondary, in its history too. */
  private keepOnePrimary(db: Db, row: diagnoses.DiagnosisRow, at: string): void {
    if (row.rank !== 'primary' || (row.status !== 'provisional' && row.status !== 'confirmed')) return;
    for (const other of diagnoses.otherPrimaries(db, row.clientId, row.id)) {
      diagnoses.makeSecondary(db, other, at);
      diagnoses.appendDiagnosisChange(db, {
        diagnosisId: other,
        at,
        actor: this.actor,
        kind: 'changed',
        changes: [{ path: 'rank', before: 'primary', after: 'secondary' }],
      });
      appendAudit(db, { action: 'client.diagnosis-changed', entity: 'diagnosis', entityId: other });
    }
  }

  private requireClient(db: Db, id: string): void {
    if (!getClient(db, id)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }
}
