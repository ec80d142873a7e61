import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { COHERENCE_RULES } from './support/demo-coherence-rules';
import { themesOf } from './support/demo-record-facts';
import { readDemoRecords, type DemoRecord } from './support/demo-record';
import { openCore } from './support/open-core';

/** Enough clients, over a few seeds, that a rule broken one time in twenty shows up. */
const SEEDS = ['coherence-1', 'coherence-2'];
const CLIENTS_PER_SEED = 30;

async function demoClients(): Promise<DemoRecord[]> {
  const clients: DemoRecord[] = [];
  for (const seed of SEEDS) {
    const core = await openCore();
    seedDemo(core.session.db(), { clients: CLIENTS_PER_SEED, years: 2, seed, until: '2025-06-30' });
    clients.push(...(await readDemoRecords(core)));
    core.session.lock('quit');
  }
  return clients;
}

describe('each demo client reads as one coherent person', () => {
  it('keeps every coherence rule, for every client with an intake', async () => {
    const clients = await demoClients();
    // The rules must have something to judge: most clients seen, and most of them with concerns.
    expect(clients.length).toBeGreaterThan((SEEDS.length * CLIENTS_PER_SEED) / 2);
    expect(clients.filter((c) => themesOf(c).size > 0).length).toBeGreaterThan(clients.length / 2);
    const broken: Record<string, string[]> = {};
    for (const rule of COHERENCE_RULES) {
      for (const client of clients) {
        const problem = rule.check(client);
        if (problem) (broken[rule.name] ??= []).push(`${client.name}: ${problem}`);
      }
    }
    const report = Object.fromEntries(
      Object.entries(broken).map(([rule, problems]) => [
        rule,
        [`${problems.length} clients`, ...problems.slice(0, 3)],
      ]),
    );
    expect(report).toEqual({});
  });
});
