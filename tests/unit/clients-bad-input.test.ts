import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientChannels } from '../../shared/clients/client-contract';
import { emptyIntake } from '../../shared/clients/intake-schema';
import { dumpTables, openCore } from './support/open-core';

type ClientChannel = keyof typeof clientChannels;

/** A valid payload per channel, which the properties below then break in every way they can. */
function validPayloads(id: string): Record<ClientChannel, Record<string, unknown>> {
  return {
    'clients:list': { search: 'zo', sort: 'name' },
    'clients:createEnquiry': { chosenName: 'Zoë', email: 'zoe@example.org' },
    'clients:get': { id },
    'clients:history': { id },
    'clients:changeStatus': { id, status: 'discharged', date: '2026-02-01', reason: 'Done' },
    'intake:saveDraft': { clientId: id, step: 'identity', baseRevision: 0, data: emptyIntake('Zoë') },
    'intake:discardDraft': { clientId: id },
    'intake:save': { clientId: id, baseRevision: 0, data: emptyIntake('Zoë') },
  };
}

const breakers: fc.Arbitrary<(payload: Record<string, unknown>) => unknown>[] = [
  fc.anything().map((junk) => () => junk),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((k) => !['__proto__'].includes(k))
    .map(
      (key) => (p: Record<string, unknown>) =>
        key in p ? { ...p, [`${key}_x`]: 1 } : { ...p, [key]: 'unexpected' },
    ),
  fc
    .constantFrom('string', 'number', 'null', 'array', 'object', 'huge')
    .map((kind) => (p: Record<string, unknown>) => {
      const [first] = Object.keys(p);
      if (!first) return { unexpected: true };
      const wrong = {
        string: 'not-what-was-expected',
        number: 12345,
        null: null,
        array: [1, 2],
        object: { nested: true },
        huge: 'x'.repeat(300_000),
      }[kind];
      return { ...p, [first]: wrong };
    }),
  fc.constant((p: Record<string, unknown>) => {
    const [, ...rest] = Object.entries(p);
    return Object.fromEntries(rest);
  }),
];

describe('every client channel refuses bad input clearly and changes nothing', () => {
  it.each(Object.keys(clientChannels) as ClientChannel[])('%s', async (channel) => {
    const core = await openCore();
    const { id } = await core.call('clients:createEnquiry', { chosenName: 'Existing' });
    const valid = validPayloads(id)[channel];
    const before = dumpTables(core);
    await fc.assert(
      fc.asyncProperty(fc.oneof(...breakers), async (breakPayload) => {
        const payload = breakPayload(valid);
        if (clientChannels[channel].input.safeParse(payload).success) return; // still valid: not a bad input
        const result = await core.router.invoke(channel, payload);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message).toMatch(/^Some of what was entered is not valid/);
          expect(JSON.stringify(result.error)).not.toContain('x'.repeat(1000));
        }
      }),
      { numRuns: 60 },
    );
    expect(dumpTables(core)).toEqual(before);
  });
});
