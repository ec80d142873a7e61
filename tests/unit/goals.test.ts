import { describe, expect, it } from 'vitest';
import type { GoalInput } from '../../shared/goals/goal-contract';
import { openCore } from './support/open-core';

function goal(clientWords: string, weight = 1, extra: Partial<GoalInput> = {}): GoalInput {
  return {
    clientWords,
    clinicianFraming: 'Graded exposure to social situations',
    weight,
    baseline: -1,
    steps: [{ text: 'Practise breathing daily', who: 'client' }],
    levels: {
      '-2': 'Avoids the wedding entirely',
      '-1': 'Goes but leaves within the hour',
      '0': 'Stays for the ceremony',
      '1': 'Stays for the ceremony and the meal',
      '2': 'Stays all evening and dances',
    },
    ...extra,
  };
}

async function clientWithPlan() {
  const core = await openCore();
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Mariam' });
  const plan = await core.call('goals:saveVersion', {
    clientId,
    reviewDate: '2026-03-01',
    goals: [goal('Go to my sister’s wedding without a panic attack', 2), goal('Sleep through the night', 1)],
  });
  return { core, clientId, plan };
}

describe('goal plans', () => {
  it('saves a version with the client’s words, steps and the five GAS levels', async () => {
    const { plan } = await clientWithPlan();
    expect(plan.versions).toHaveLength(1);
    const [v] = plan.versions;
    expect(v!.number).toBe(1);
    expect(v!.agreement).toBeNull();
    expect(v!.goals.map((g) => g.clientWords)).toEqual([
      'Go to my sister’s wedding without a panic attack',
      'Sleep through the night',
    ]);
    expect(v!.goals[0]!.levels['0']).toBe('Stays for the ceremony');
    expect(v!.goals[0]!.steps).toEqual([{ text: 'Practise breathing daily', who: 'client' }]);
  });

  it('records agreement with a drawn signature, then refuses to change that version, in the database too', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const versionId = plan.versions[0]!.id;
    const agreed = await core.call('goals:agree', {
      versionId,
      agreedOn: '2026-01-12',
      method: 'drawn',
      signaturePath: 'M 10 10 L 20 25 L 35 12 M 40 40 L 60 45',
    });
    expect(agreed.versions[0]!.agreement).toMatchObject({ method: 'drawn', agreedOn: '2026-01-12' });

    const edit = await core.router.call('goals:saveVersion', {
      clientId,
      versionId,
      goals: [goal('Changed words')],
    });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const again = await core.router.call('goals:agree', {
      versionId,
      agreedOn: '2026-01-13',
      method: 'verbal',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE goals SET client_words = 'x' WHERE version_id = ?").run(versionId),
    ).toThrow(/agreed plan version/);
    expect(() =>
      db.prepare("UPDATE plan_versions SET review_date = '2030-01-01' WHERE id = ?").run(versionId),
    ).toThrow(/agreed plan version/);
    expect(() => db.prepare('DELETE FROM goals WHERE version_id = ?').run(versionId)).toThrow(
      /agreed plan version/,
    );
    expect(() => db.prepare('DELETE FROM plan_versions WHERE id = ?').run(versionId)).toThrow(
      /agreed plan version/,
    );
  });

  it('revising after agreement makes a new version; the old one and its agreement stay readable', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const v1 = plan.versions[0]!;
    await core.call('goals:agree', {
      versionId: v1.id,
      agreedOn: '2026-01-12',
      method: 'typed',
      typedName: 'Mariam',
    });
    const [wedding, sleep] = v1.goals;
    const revised = await core.call('goals:saveVersion', {
      clientId,
      reviewDate: '2026-05-01',
      goals: [
        { ...goal('Go to the wedding and stay for the meal', 2), goalKey: wedding!.goalKey },
        { ...goal(sleep!.clientWords, 1), goalKey: sleep!.goalKey },
      ],
    });
    expect(revised.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(revised.versions[1]!.agreement).toMatchObject({ method: 'typed', typedName: 'Mariam' });
    expect(revised.versions[1]!.goals[0]!.clientWords).toBe(
      'Go to my sister’s wedding without a panic attack',
    );
    expect(revised.versions[0]!.goals[0]!.goalKey).toBe(wedding!.goalKey);
    expect(revised.versions[0]!.agreement).toBeNull();
  });

  it('keeps client and clinician ratings apart and computes each one’s T-score over time', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const [wedding, sleep] = plan.versions[0]!.goals;
    await core.call('goals:agree', {
      versionId: plan.versions[0]!.id,
      agreedOn: '2026-01-05',
      method: 'verbal',
    });
    const rate = (
      goalKey: string,
      rater: 'client' | 'clinician',
      level: -2 | -1 | 0 | 1 | 2,
      ratedOn: string,
    ) => core.call('goals:rate', { clientId, goalKey, rater, level, ratedOn });
    await rate(wedding!.goalKey, 'client', 0, '2026-01-19');
    await rate(wedding!.goalKey, 'clinician', -1, '2026-01-19');
    await rate(sleep!.goalKey, 'client', 1, '2026-02-02');
    const final = await rate(wedding!.goalKey, 'client', 1, '2026-02-16');

    // Weights 2 and 1: denominator √(0.7·5 + 0.3·9) = √6.2.
    // 19 Jan, client: wedding 0, sleep at baseline −1 → 50 − 10/√6.2 = 46.0
    // 2 Feb, client: wedding 0, sleep +1 → 50 + 10/√6.2 = 54.0
    // 16 Feb, client: wedding +1, sleep +1 → 50 + 30/√6.2 = 62.0
    // 19 Jan, clinician: wedding −1, sleep −1 → 50 − 30/√6.2 = 38.0
    expect(final.tScores.client).toEqual([
      { date: '2026-01-19', t: 46 },
      { date: '2026-02-02', t: 54 },
      { date: '2026-02-16', t: 62 },
    ]);
    expect(final.tScores.clinician).toEqual([{ date: '2026-01-19', t: 38 }]);
    expect(final.ratings.filter((r) => r.rater === 'client')).toHaveLength(3);
    expect(() => core.session.db().prepare('DELETE FROM goal_ratings').run()).toThrow(/append-only/);
  });

  it('leaves discontinued goals out of the T-score from that day on, and asks why', async () => {
    const { core, clientId, plan } = await clientWithPlan();
    const [wedding, sleep] = plan.versions[0]!.goals;
    const noReason = await core.router.call('goals:setStatus', {
      clientId,
      goalKey: sleep!.goalKey,
      status: 'discontinued',
      date: '2026-01-20',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await core.call('goals:setStatus', {
      clientId,
      goalKey: sleep!.goalKey,
      status: 'discontinued',
      date: '2026-01-20',
      reason: 'Sleep improved with the new job; no longer a focus',
    });
    const after = await core.call('goals:rate', {
      clientId,
      goalKey: wedding!.goalKey,
      rater: 'clinician',
      level: 0,
      ratedOn: '2026-01-26',
    });
    expect(after.tScores.clinician).toEqual([{ date: '2026-01-26', t: 50 }]);
    expect(after.statuses).toEqual([
      expect.objectContaining({ goalKey: sleep!.goalKey, status: 'discontinued', date: '2026-01-20' }),
    ]);
  });

  it('lists plans whose review is due, with the latest version’s review date', async () => {
    const core = await openCore();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    for (const [name, offset] of [
      ['Overdue', -3],
      ['Soon', 5],
      ['Later', 30],
    ] as const) {
      const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: name });
      await core.call('goals:saveVersion', { clientId, reviewDate: day(offset), goals: [goal('A goal')] });
    }
    expect((await core.call('goals:reviewsDue', { within: 0 })).map((d) => d.chosenName)).toEqual([
      'Overdue',
    ]);
    expect((await core.call('goals:reviewsDue', {})).map((d) => d.chosenName)).toEqual(['Overdue', 'Soon']);
    expect((await core.call('goals:reviewsDue', { within: 45 })).map((d) => d.chosenName)).toEqual([
      'Overdue',
      'Soon',
      'Later',
    ]);
  });

  it('refuses a signature that is not plain path data', async () => {
    const { core, plan } = await clientWithPlan();
    const result = await core.router.call('goals:agree', {
      versionId: plan.versions[0]!.id,
      agreedOn: '2026-01-12',
      method: 'drawn',
      signaturePath: '<script>alert(1)</script>',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
