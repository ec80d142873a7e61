import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { openCore } from './support/open-core';

describe('demo safety plans', () => {
  it('agree a plan on the day the intake says, for exactly the clients whose risk story calls for one', async () => {
    const core = await openCore();
    seedDemo(core.session.db(), { clients: 40, years: 2, seed: 'safety-plans', until: '2025-06-30' });
    const clients = await core.call('clients:list', {});
    let withPlans = 0;
    let revised = 0;
    for (const { id } of clients) {
      const record = await core.call('clients:get', { id });
      const plan = await core.call('safetyPlan:get', { clientId: id });
      const { risk } = record.intake;
      if (!risk.safetyPlan) {
        expect(plan.versions, record.chosenName).toEqual([]);
        continue;
      }
      withPlans++;
      expect(['past', 'current']).toContain(risk.suicidalThoughts);
      const first = plan.versions.at(-1)!;
      expect(first.agreement?.agreedOn).toBe(risk.safetyPlanDate);
      expect(plan.versions.every((v) => v.agreement !== null)).toBe(true);
      expect(first.sections.professionals.map((l) => l.text)).toContain('Samaritans, day or night');
      if (plan.versions.length > 1) {
        revised++;
        expect(risk.suicidalThoughts).toBe('current');
        expect(plan.versions[0]!.sections.onMyOwn.length).toBe(first.sections.onMyOwn.length + 1);
      }
    }
    expect(withPlans).toBeGreaterThan(0);
    expect(revised).toBeGreaterThan(0);
    core.session.lock('quit');
  });
});
