import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  readAgreement,
  storedAgreement,
  type AgreeInput,
} from '../../../../shared/agreement/agreement-contract';
import type { safetyPlanChannels } from '../../../../shared/safety-plan/safety-plan-contract';
import {
  safetyPlanSections,
  type SafetyPlan,
  type SafetyPlanVersion,
} from '../../../../shared/safety-plan/safety-plan-schema';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import * as plans from '../../db/safety-plans';
import { AppError } from '../../base/app-error';

type SaveInput = z.output<(typeof safetyPlanChannels)['safetyPlan:save']['input']>;

/** A stored version as the UI reads it; sections are checked on the way out as on the way in. */
function toVersion(row: plans.SafetyPlanRow): SafetyPlanVersion {
  const sections = safetyPlanSections.safeParse(JSON.parse(row.sections));
  if (!sections.success) {
    throw new AppError('INTERNAL', `Version ${row.number} of this safety plan could not be read.`);
  }
  return {
    id: row.id,
    number: row.number,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    sections: sections.data,
    agreement: readAgreement(row),
  };
}

/**
 * Safety plans, versioned like the goal plan: the version being written changes in place; once the
 * client agrees to it, it is a record and never changes, and the next save starts a new version
 * from it. The audit trail names versions by id, never what they say.
 */
export class SafetyPlanService {
  constructor(
    private readonly db: () => Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(clientId: string): SafetyPlan {
    const db = this.db();
    this.requireClient(db, clientId);
    return this.read(db, clientId);
  }

  save(input: SaveInput): SafetyPlan {
    const db = this.db();
    const at = this.now().toISOString();
    const sections = JSON.stringify(input.sections);
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const latest = plans.listSafetyPlanVersions(db, input.clientId)[0];
      let versionId: string;
      if (input.versionId) {
        const version = plans.getSafetyPlanVersion(db, input.versionId);
        if (!version || version.clientId !== input.clientId) {
          throw new AppError('NOT_FOUND', 'That version of the safety plan is not here.');
        }
        if (version.agreedOn) {
          throw new AppError(
            'CONFLICT',
            'That version was agreed with the client and cannot change. Revise it instead.',
          );
        }
        if (latest?.id !== input.versionId) {
          throw new AppError('CONFLICT', 'A newer version of this safety plan exists.');
        }
        versionId = input.versionId;
        plans.updateSafetyPlanSections(db, versionId, sections, at);
      } else {
        if (latest && !latest.agreedOn) {
          throw new AppError(
            'CONFLICT',
            'This safety plan already has a version being written. Continue that one.',
          );
        }
        versionId = randomUUID();
        plans.insertSafetyPlanVersion(db, {
          id: versionId,
          clientId: input.clientId,
          number: (latest?.number ?? 0) + 1,
          at,
          sections,
        });
      }
      appendAudit(db, {
        action: 'safety-plan.version-saved',
        entity: 'safety_plan_version',
        entityId: versionId,
      });
    })();
    return this.read(db, input.clientId);
  }

  agree(input: AgreeInput): SafetyPlan {
    const db = this.db();
    const version = plans.getSafetyPlanVersion(db, input.versionId);
    if (!version) throw new AppError('NOT_FOUND', 'That version of the safety plan is not here.');
    if (version.agreedOn) throw new AppError('CONFLICT', 'This version has already been agreed.');
    db.transaction(() => {
      plans.recordSafetyPlanAgreement(db, input.versionId, storedAgreement(input, this.now().toISOString()));
      appendAudit(db, {
        action: 'safety-plan.agreed',
        entity: 'safety_plan_version',
        entityId: input.versionId,
        detail: input.method,
      });
    })();
    return this.read(db, version.clientId);
  }

  /** One version with the client it belongs to, for printing. */
  version(versionId: string): { clientId: string; version: SafetyPlanVersion } {
    const row = plans.getSafetyPlanVersion(this.db(), versionId);
    if (!row) throw new AppError('NOT_FOUND', 'That version of the safety plan is not here.');
    return { clientId: row.clientId, version: toVersion(row) };
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }

  private read(db: Db, clientId: string): SafetyPlan {
    return { clientId, versions: plans.listSafetyPlanVersions(db, clientId).map(toVersion) };
  }
}
