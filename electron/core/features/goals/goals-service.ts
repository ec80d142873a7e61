import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Goal, GoalPlan, goalChannels, PlanVersion } from '../../../../shared/goals/goal-contract';
import { readAgreement, storedAgreement } from '../../../../shared/agreement/agreement-contract';
import type { Objective } from '../../../../shared/goals/treatment-plan-contract';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import * as goals from '../../db/goals';
import { insertObjectiveReview, listObjectiveReviews } from '../../db/objective-reviews';
import { AppError } from '../../base/app-error';
import { tScoreSeries } from './t-score-series';

type Input<C extends keyof typeof goalChannels> = z.output<(typeof goalChannels)[C]['input']>;

function toGoal(row: goals.GoalRecord): Goal {
  return {
    id: row.id,
    goalKey: row.goalKey,
    position: row.position,
    clientWords: row.clientWords,
    clinicianFraming: row.clinicianFraming,
    whyItMatters: row.whyItMatters,
    linkedConcern: row.linkedConcern,
    strengths: row.strengths,
    steps: row.steps,
    targetDate: row.targetDate,
    weight: row.weight,
    levels: row.levels,
    baseline: row.baseline,
    objectives: row.objectives,
    interventions: row.interventions,
  };
}

function toVersion(row: goals.VersionRow, goalRows: readonly goals.GoalRecord[]): PlanVersion {
  return {
    id: row.id,
    number: row.number,
    createdAt: row.createdAt,
    reviewDate: row.reviewDate,
    agreement: readAgreement(row),
    sessions: row.sessions,
    involved: row.involved,
    goals: goalRows.filter((g) => g.versionId === row.id).map(toGoal),
  };
}

/** Objectives keep their key across versions so their progress follows them; new ones get one. */
function withKeys(objectives: Input<'goals:saveVersion'>['goals'][number]['objectives']): Objective[] {
  const seen = new Set<string>();
  return objectives.map((o) => {
    const objectiveKey = o.objectiveKey ?? randomUUID();
    if (seen.has(objectiveKey))
      throw new AppError('VALIDATION', 'The same objective appears twice in a goal.');
    seen.add(objectiveKey);
    return { objectiveKey, text: o.text, gasLevel: o.gasLevel };
  });
}

export class GoalsService {
  constructor(
    private readonly db: () => Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(clientId: string): GoalPlan {
    const db = this.db();
    this.requireClient(db, clientId);
    return this.read(db, clientId);
  }

  /**
   * Writes the goals of the plan's editable version. A version that was agreed is a record and is
   * never edited: saving after agreement starts the next version, with each goal keeping its key so
   * its ratings carry on.
   */
  saveVersion(input: Input<'goals:saveVersion'>): GoalPlan {
    const db = this.db();
    const at = this.now().toISOString();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const versions = goals.listVersions(db, input.clientId);
      const latest = versions[0];
      let versionId: string;
      if (input.versionId) {
        const owner = goals.versionOwner(db, input.versionId);
        if (!owner || owner.clientId !== input.clientId)
          throw new AppError('NOT_FOUND', 'That plan version is not here.');
        if (owner.agreedOn) {
          throw new AppError(
            'CONFLICT',
            'That version was agreed with the client and cannot change. Revise it instead.',
          );
        }
        if (latest?.id !== input.versionId)
          throw new AppError('CONFLICT', 'A newer version of this plan exists.');
        versionId = input.versionId;
        goals.deleteGoalsOfVersion(db, versionId);
      } else {
        if (latest && !latest.agreedOn) {
          throw new AppError('CONFLICT', 'This plan already has a version being written. Continue that one.');
        }
        versionId = randomUUID();
        goals.insertVersion(db, {
          id: versionId,
          clientId: input.clientId,
          number: (latest?.number ?? 0) + 1,
          createdAt: at,
          reviewDate: input.reviewDate,
        });
      }
      goals.setVersionDetails(db, versionId, input);
      const keys = new Set<string>();
      input.goals.forEach((goal, position) => {
        const goalKey = goal.goalKey ?? randomUUID();
        if (keys.has(goalKey)) throw new AppError('VALIDATION', 'The same goal appears twice in this plan.');
        keys.add(goalKey);
        goals.insertGoal(db, {
          id: randomUUID(),
          versionId,
          goalKey,
          position,
          clientWords: goal.clientWords,
          clinicianFraming: goal.clinicianFraming,
          whyItMatters: goal.whyItMatters,
          linkedConcern: goal.linkedConcern,
          strengths: goal.strengths,
          steps: goal.steps,
          targetDate: goal.targetDate,
          weight: goal.weight,
          levels: goal.levels,
          baseline: goal.baseline,
          objectives: withKeys(goal.objectives),
          interventions: goal.interventions,
        });
      });
      appendAudit(db, { action: 'goals.version-saved', entity: 'plan_version', entityId: versionId });
    })();
    return this.read(db, input.clientId);
  }

  agree(input: Input<'goals:agree'>): GoalPlan {
    const db = this.db();
    const owner = goals.versionOwner(db, input.versionId);
    if (!owner) throw new AppError('NOT_FOUND', 'That plan version is not here.');
    if (owner.agreedOn) throw new AppError('CONFLICT', 'This version has already been agreed.');
    db.transaction(() => {
      goals.recordAgreement(db, input.versionId, storedAgreement(input, this.now().toISOString()));
      appendAudit(db, {
        action: 'goals.agreed',
        entity: 'plan_version',
        entityId: input.versionId,
        detail: input.method,
      });
    })();
    return this.read(db, owner.clientId);
  }

  rate(input: Input<'goals:rate'>, noteId: string | null = null): GoalPlan {
    const db = this.db();
    this.requireGoal(db, input.clientId, input.goalKey);
    goals.insertRating(db, {
      clientId: input.clientId,
      goalKey: input.goalKey,
      rater: input.rater,
      level: input.level,
      ratedOn: input.ratedOn,
      comment: input.comment,
      noteId,
      recordedAt: this.now().toISOString(),
    });
    appendAudit(db, { action: 'goals.rated', entity: 'client', entityId: input.clientId });
    return this.read(db, input.clientId);
  }

  setStatus(input: Input<'goals:setStatus'>): GoalPlan {
    const db = this.db();
    this.requireGoal(db, input.clientId, input.goalKey);
    goals.insertStatusEvent(db, {
      clientId: input.clientId,
      goalKey: input.goalKey,
      status: input.status,
      reason: input.reason,
      date: input.date,
      recordedAt: this.now().toISOString(),
    });
    appendAudit(db, {
      action: 'goals.status-changed',
      entity: 'client',
      entityId: input.clientId,
      detail: input.status,
    });
    return this.read(db, input.clientId);
  }

  /** Progress on objectives at one review; each entry must name an objective of this client's plan. */
  reviewObjectives(input: Input<'goals:reviewObjectives'>): GoalPlan {
    const db = this.db();
    const recordedAt = this.now().toISOString();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const known = new Set(
        goals
          .listGoals(db, input.clientId)
          .flatMap((g) => g.objectives.map((o) => `${g.goalKey}/${o.objectiveKey}`)),
      );
      for (const entry of input.entries) {
        if (!known.has(`${entry.goalKey}/${entry.objectiveKey}`)) {
          throw new AppError('NOT_FOUND', 'That objective is not in this client’s plan.');
        }
        const id = insertObjectiveReview(db, {
          clientId: input.clientId,
          ...entry,
          reviewedOn: input.reviewedOn,
          recordedAt,
        });
        appendAudit(db, {
          action: 'goals.objective-reviewed',
          entity: 'objective_review',
          entityId: String(id),
          detail: entry.progress,
        });
      }
    })();
    return this.read(db, input.clientId);
  }

  reviewsDue(withinDays: number) {
    const limit = new Date(this.now().getTime() + withinDays * 86_400_000).toISOString().slice(0, 10);
    return goals.listReviewsDue(this.db(), limit);
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }

  private requireGoal(db: Db, clientId: string, goalKey: string): void {
    this.requireClient(db, clientId);
    if (!goals.listGoals(db, clientId).some((g) => g.goalKey === goalKey)) {
      throw new AppError('NOT_FOUND', 'That goal is not in this client’s plan.');
    }
  }

  private read(db: Db, clientId: string): GoalPlan {
    const goalRows = goals.listGoals(db, clientId);
    const versions = goals.listVersions(db, clientId).map((v) => toVersion(v, goalRows));
    const ratings = goals
      .listRatings(db, clientId)
      .map((r) => ({ ...r, level: r.level as Goal['baseline'] }));
    const statuses = goals.listStatusEvents(db, clientId);
    const plan = { versions, ratings, statuses };
    return {
      clientId,
      ...plan,
      objectiveReviews: listObjectiveReviews(db, clientId),
      tScores: { client: tScoreSeries(plan, 'client'), clinician: tScoreSeries(plan, 'clinician') },
    };
  }
}
