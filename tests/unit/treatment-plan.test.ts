import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { createAppCore } from '../../electron/core/router/app-core';
import type { GoalInput } from '../../shared/goals/goal-contract';
import { selectTreatmentPlan } from '../../shared/summary/select-treatment-plan';
import { dumpTables, openCore } from './support/open-core';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const levels = {
  '-2': 'Lies awake most nights',
  '-1': 'Asleep within an hour on some nights',
  '0': 'Asleep within 30 minutes on most nights',
  '1': 'Asleep within 30 minutes nearly every night',
  '2': 'Sleeps through and wakes rested',
};

function sleepGoal(extra: Partial<GoalInput> = {}): GoalInput {
  return {
    clientWords: 'Sleep through the night',
    levels,
    objectives: [
      { text: 'Falls asleep within 30 minutes on 5 of 7 nights, by sleep diary', gasLevel: 0 },
      { text: 'Keeps a sleep diary for 4 weeks' },
    ],
    interventions: { modalities: ['CBT', 'Mindfulness-based'], detail: 'Stimulus control; sleep diary' },
    ...extra,
  };
}

const SESSIONS = { frequency: 'weekly', minutes: 50, weeks: 12 } as const;

async function clientWithPlan() {
  const core = await openCore();
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam' });
  const plan = await core.call('goals:saveVersion', {
    clientId,
    reviewDate: '2026-04-01',
    sessions: SESSIONS,
    involved: [{ name: 'Yusuf', role: 'Husband, joins session 3' }],
    goals: [sleepGoal()],
  });
  return { core, clientId, plan };
}

describe('the treatment plan', () => {
  it('keeps objectives with their GAS level, interventions, sessions and who is involved in the version', async () => {
    const { plan } = await clientWithPlan();
    const version = plan.versions[0]!;
    expect(version.sessions).toEqual(SESSIONS);
    expect(version.involved).toEqual([{ name: 'Yusuf', role: 'Husband, joins session 3' }]);
    const goal = version.goals[0]!;
    expect(goal.objectives.map((o) => [o.text, o.gasLevel])).toEqual([
      ['Falls asleep within 30 minutes on 5 of 7 nights, by sleep diary', 0],
      ['Keeps a sleep diary for 4 weeks', null],
    ]);
    expect(goal.objectives.every((o) => /^[0-9a-f-]{36}$/.test(o.objectiveKey))).toBe(true);
    expect(goal.interventions).toEqual({
      modalities: ['CBT', 'Mindfulness-based'],
      detail: 'Stimulus control; sleep diary',
    });
  });

  it('freezes the new fields with the agreed version, in the database too', async () => {
    const { core, plan } = await clientWithPlan();
    const versionId = plan.versions[0]!.id;
    await core.call('goals:agree', { versionId, agreedOn: '2026-01-12', method: 'verbal' });
    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE goals SET objectives = '[]' WHERE version_id = ?").run(versionId),
    ).toThrow(/agreed plan version/);
    expect(() =>
      db.prepare("UPDATE goals SET interventions = '{}' WHERE version_id = ?").run(versionId),
    ).toThrow(/agreed plan version/);
    expect(() =>
      db.prepare("UPDATE plan_versions SET session_frequency = 'monthly' WHERE id = ?").run(versionId),
    ).toThrow(/agreed plan version/);
    expect(() => db.prepare("UPDATE plan_versions SET involved = '[]' WHERE id = ?").run(versionId)).toThrow(
      /agreed plan version/,
    );
  });

  it('a revision starts from the agreed version and keeps each objective’s key; the agreed one stays as it was', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const v1 = plan.versions[0]!;
    await core.call('goals:agree', { versionId: v1.id, agreedOn: '2026-01-12', method: 'verbal' });
    const [diary, asleep] = [v1.goals[0]!.objectives[1]!, v1.goals[0]!.objectives[0]!];
    const revised = await core.call('goals:saveVersion', {
      clientId,
      sessions: { frequency: 'fortnightly', minutes: 50, weeks: 0 },
      involved: [],
      goals: [
        sleepGoal({
          goalKey: v1.goals[0]!.goalKey,
          objectives: [
            { objectiveKey: asleep.objectiveKey, text: 'Falls asleep within 20 minutes', gasLevel: 1 },
            { objectiveKey: diary.objectiveKey, text: diary.text, gasLevel: null },
          ],
          interventions: { modalities: ['ACT'], detail: '' },
        }),
      ],
    });
    const [v2, old] = revised.versions;
    expect(v2!.number).toBe(2);
    expect(v2!.sessions).toEqual({ frequency: 'fortnightly', minutes: 50, weeks: 0 });
    expect(v2!.goals[0]!.objectives.map((o) => o.objectiveKey)).toEqual([
      asleep.objectiveKey,
      diary.objectiveKey,
    ]);
    expect(old!.id).toBe(v1.id);
    expect(old!.goals).toEqual(v1.goals);
    expect(old!.sessions).toEqual(SESSIONS);
    expect(old!.goals[0]!.interventions.modalities).toEqual(['CBT', 'Mindfulness-based']);
    expect(old!.involved).toHaveLength(1);
  });

  it('records progress per objective at a review, beside the ratings, append-only and audited by id', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const goal = plan.versions[0]!.goals[0]!;
    const [asleep, diary] = goal.objectives;
    const reviewed = await core.call('goals:reviewObjectives', {
      clientId,
      reviewedOn: '2026-02-09',
      entries: [
        {
          goalKey: goal.goalKey,
          objectiveKey: asleep!.objectiveKey,
          progress: 'progressing',
          note: '3 of 7',
        },
        { goalKey: goal.goalKey, objectiveKey: diary!.objectiveKey, progress: 'met' },
      ],
    });
    expect(reviewed.objectiveReviews.map((r) => [r.objectiveKey, r.progress, r.note, r.reviewedOn])).toEqual([
      [asleep!.objectiveKey, 'progressing', '3 of 7', '2026-02-09'],
      [diary!.objectiveKey, 'met', '', '2026-02-09'],
    ]);
    const db = core.session.db();
    const audit = db
      .prepare(
        "SELECT entity, entity_id AS entityId, detail FROM audit_log WHERE action = 'goals.objective-reviewed'",
      )
      .all();
    expect(audit).toEqual(
      reviewed.objectiveReviews.map((r) => ({
        entity: 'objective_review',
        entityId: String(r.id),
        detail: r.progress,
      })),
    );
    expect(() => db.prepare("UPDATE objective_reviews SET progress = 'met'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM objective_reviews').run()).toThrow(/append-only/);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const goal = plan.versions[0]!.goals[0]!;
    const before = dumpTables(core);
    const cases: [Parameters<typeof core.router.call>, string, RegExp][] = [
      [
        ['goals:saveVersion', { clientId, goals: [sleepGoal({ objectives: [{ text: '  ' }] })] }],
        'VALIDATION',
        /measurably different/,
      ],
      [
        [
          'goals:saveVersion',
          { clientId, goals: [sleepGoal({ objectives: [{ text: 'x', gasLevel: 3 as 2 }] })] },
        ],
        'VALIDATION',
        /./,
      ],
      [
        [
          'goals:saveVersion',
          { clientId, sessions: { frequency: 'weekly', minutes: 50.5, weeks: 0 }, goals: [sleepGoal()] },
        ],
        'VALIDATION',
        /whole minutes/,
      ],
      [
        ['goals:saveVersion', { clientId, involved: [{ name: 'Sam', role: '' }], goals: [sleepGoal()] }],
        'VALIDATION',
        /how they are involved/,
      ],
      [
        [
          'goals:saveVersion',
          { clientId, goals: [sleepGoal({ interventions: { modalities: ['CBT', 'CBT'], detail: '' } })] },
        ],
        'VALIDATION',
        /listed twice/,
      ],
      [
        [
          'goals:reviewObjectives',
          {
            clientId,
            reviewedOn: '2026-02-09',
            entries: [{ goalKey: goal.goalKey, objectiveKey: goal.goalKey, progress: 'met' }],
          },
        ],
        'NOT_FOUND',
        /objective is not in this client’s plan/,
      ],
      [
        [
          'goals:reviewObjectives',
          {
            clientId,
            reviewedOn: '2026-02-09',
            entries: [
              {
                goalKey: goal.goalKey,
                objectiveKey: goal.objectives[0]!.objectiveKey,
                progress: 'done' as 'met',
              },
            ],
          },
        ],
        'VALIDATION',
        /how this objective is going/,
      ],
      [['goals:setModalities', { custom: ['Narrative', 'Narrative'] }], 'VALIDATION', /listed twice/],
    ];
    for (const [args, code, message] of cases) {
      const result = await core.router.call(...args);
      expect(result, JSON.stringify(args)).toMatchObject({ ok: false, error: { code } });
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(dumpTables(core)).toEqual(before);
  });

  it('lets the clinician extend the approaches offered, after the common ones', async () => {
    const { core } = await clientWithPlan();
    expect((await core.call('goals:modalities', {})).custom).toEqual([]);
    const saved = await core.call('goals:setModalities', {
      custom: ['Narrative therapy', ' cbt ', 'Schema therapy'],
    });
    expect(saved.common).toContain('CBT');
    expect(saved.custom).toEqual(['Narrative therapy', 'Schema therapy']);
    expect(await core.call('goals:modalities', {})).toEqual(saved);
  });

  it('goes out in export-json and comes back in import-json unchanged', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const goal = plan.versions[0]!.goals[0]!;
    await core.call('goals:agree', {
      versionId: plan.versions[0]!.id,
      agreedOn: '2026-01-12',
      method: 'verbal',
    });
    await core.call('goals:reviewObjectives', {
      clientId,
      reviewedOn: '2026-02-09',
      entries: [{ goalKey: goal.goalKey, objectiveKey: goal.objectives[0]!.objectiveKey, progress: 'met' }],
    });
    const expected = await core.call('goals:get', { clientId });
    const { folder } = await core.call('export:vault', {
      outDir: tempDir(),
      includePsychotherapyNotes: false,
    });
    const exported = JSON.parse(readFileSync(join(folder, 'rapport-export.json'), 'utf8'));
    expect(exported.tables.objective_reviews.rows).toHaveLength(1);
    core.session.lock('quit');

    const dir = join(tempDir(), 'imported');
    await importVault(dir, STRONG_2, join(folder, 'rapport-export.json'), { kdf: TEST_KDF });
    const imported = createAppCore({ vaultDir: dir, kdf: TEST_KDF });
    await imported.session.unlock(STRONG_2);
    const back = await imported.router.call('goals:get', { clientId });
    expect(back).toEqual({ ok: true, value: expected });
    const integrity = await imported.router.call('integrity:check', {});
    expect(integrity).toMatchObject({ ok: true, value: { ok: true, findings: [] } });
    imported.session.lock('quit');
  });

  it('prints in the summary as the plan in force, each objective with its progress as the period closed', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const goal = plan.versions[0]!.goals[0]!;
    await core.call('goals:agree', {
      versionId: plan.versions[0]!.id,
      agreedOn: '2026-01-12',
      method: 'verbal',
    });
    const objectiveKey = goal.objectives[0]!.objectiveKey;
    for (const [reviewedOn, progress] of [
      ['2026-02-09', 'progressing'],
      ['2026-03-09', 'met'],
    ] as const) {
      await core.call('goals:reviewObjectives', {
        clientId,
        reviewedOn,
        entries: [{ goalKey: goal.goalKey, objectiveKey, progress, note: reviewedOn }],
      });
    }
    const source = await core.call('summary:preview', { clientId });
    const block = selectTreatmentPlan(source, { from: '', to: '2026-02-28' })!;
    expect(block.sessions).toBe('Weekly, 50 minutes, for 12 weeks');
    expect(block.involved).toEqual([{ name: 'Yusuf', role: 'Husband, joins session 3' }]);
    expect(block.goals[0]!.modalities).toEqual(['CBT', 'Mindfulness-based']);
    expect(block.goals[0]!.objectives.map((o) => [o.gasLevel, o.progress])).toEqual([
      [0, { label: 'Progressing', date: '2026-02-09', note: '2026-02-09' }],
      [null, null],
    ]);
    expect(selectTreatmentPlan(source, { from: '', to: '' })!.goals[0]!.objectives[0]!.progress?.label).toBe(
      'Met',
    );
    expect(selectTreatmentPlan(source, { from: '', to: '2026-01-01' })).toBeNull();
  });
});
