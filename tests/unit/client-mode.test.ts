import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_MODE_ALLOWED } from '../../shared/client-mode/client-mode-contract';
import { CHANNEL_NAMES, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/contract';
import { hashPin, pinMatches } from '../../electron/core/features/client-mode/pin-hash';
import { readSetting } from '../../electron/core/db/settings';
import { createAppCore } from '../../electron/core/router/app-core';
import { dumpTables } from './support/open-core';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const ANSWERS = { understood: 4, mattered: 5, suited: 3, safe: 5, honest: 4, forward: 2, respected: 5 };

/** A vault with one client and a draft note, on a clock the test moves. */
async function handoverVault() {
  let clock = Date.parse('2026-03-02T10:00:00Z');
  const core = createAppCore({
    vaultDir: join(tempDir(), 'vault'),
    kdf: TEST_KDF,
    now: () => clock,
    tickMs: null,
  });
  await core.session.create(STRONG);
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await core.router.call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }
  const { id: clientId } = await call('clients:createEnquiry', { chosenName: 'Amara Okafor-Lind' });
  const note = await call('notes:create', { clientId, sessionDate: '2026-03-02', format: 'DAP' });
  return { core, call, note, clientId, advance: (ms: number) => (clock += ms) };
}

describe('the client-mode PIN', () => {
  it('is kept as a salted scrypt hash that matches only its own digits', async () => {
    const stored = await hashPin('4821');
    expect(JSON.stringify(stored)).not.toContain('4821');
    expect(stored.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(await pinMatches('4821', stored)).toBe(true);
    expect(await pinMatches('4822', stored)).toBe(false);
    expect(await pinMatches('48210', stored)).toBe(false);
    // Two hashes of one PIN differ (each has its own salt).
    expect((await hashPin('4821')).hash).not.toBe(stored.hash);
    // A stored value of another shape, or with weaker settings, matches nothing.
    expect(await pinMatches('4821', null)).toBe(false);
    expect(await pinMatches('4821', { ...stored, N: 2 })).toBe(false);
  });

  it('is set from Settings into the vault, never as its digits', async () => {
    const { core, call } = await handoverVault();
    expect((await call('clientMode:setPin', { pin: '90817263' })).pinSet).toBe(true);
    expect(readSetting(core.session.db(), 'clientModePin')).not.toContain('90817263');
    const refused = await core.router.invoke('clientMode:setPin', { pin: '12a4' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await call('clientMode:setPin', { pin: null })).pinSet).toBe(false);
  });
});

describe('client mode', () => {
  it('refuses every channel but its own few while the client holds the laptop, and changes nothing', async () => {
    const { core, call, note } = await handoverVault();
    await call('clientMode:start', { clientId: note.clientId, noteId: note.id });
    const before = dumpTables(core);
    const allowed = new Set<string>(CLIENT_MODE_ALLOWED);
    const refused = CHANNEL_NAMES.filter((c) => !allowed.has(c));
    expect(refused).toContain('notes:get');
    expect(refused).toContain('clientMode:setPin');
    for (const channel of refused) {
      const result = await core.router.invoke(channel, {});
      expect(result, channel).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringMatching(/client mode/) },
      });
    }
    expect(dumpTables(core)).toEqual(before);
    for (const channel of CLIENT_MODE_ALLOWED) {
      const result = await core.router.invoke(channel, {});
      expect(JSON.stringify(result), channel).not.toMatch(/is in client mode/);
    }
    expect(core.session.status().state).toBe('unlocked');
  });

  it('greets by first name only and shows nothing else of the record', async () => {
    const { call, note } = await handoverVault();
    const state = await call('clientMode:start', { clientId: note.clientId, noteId: note.id });
    expect(state).toEqual({
      active: true,
      pinSet: false,
      greetingName: 'Amara',
      steps: [{ kind: 'feedback', done: false }],
    });
    // A reloaded page asks the main side, which still knows.
    expect(await call('clientMode:status', {})).toEqual(state);
  });

  it('is left with the passphrase or the PIN, and wrong ones are refused and spaced out', async () => {
    const { core, call, note, advance } = await handoverVault();
    await call('clientMode:setPin', { pin: '4821' });
    await call('clientMode:start', { clientId: note.clientId, noteId: note.id });
    for (let i = 0; i < 3; i += 1) {
      const wrong = await core.router.invoke('clientMode:leave', { secret: '1111' });
      expect(wrong).toMatchObject({
        ok: false,
        error: { code: 'WRONG_PASSPHRASE', retryAfterMs: i < 2 ? 0 : 1000 },
      });
    }
    // While the wait runs even the right PIN is turned away.
    expect(await core.router.invoke('clientMode:leave', { secret: '4821' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.stringMatching(/Too many attempts/) },
    });
    expect((await call('clientMode:status', {})).active).toBe(true);
    advance(1000);
    expect((await call('clientMode:leave', { secret: '4821' })).active).toBe(false);
    expect((await call('notes:get', { id: note.id })).id).toBe(note.id);

    await call('clientMode:start', { clientId: note.clientId, noteId: note.id });
    const wrongPassphrase = await core.router.invoke('clientMode:leave', { secret: 'not-the-passphrase' });
    expect(wrongPassphrase).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect((await call('clientMode:leave', { secret: STRONG })).active).toBe(false);
  });

  it('ends when the vault locks, and unlocking does not bring it back', async () => {
    const { core, call, note } = await handoverVault();
    await call('clientMode:start', { clientId: note.clientId, noteId: note.id });
    core.session.lock('idle');
    await core.session.unlock(STRONG);
    expect(await call('clientMode:status', {})).toEqual({ active: false, pinSet: false });
    expect((await call('notes:get', { id: note.id })).id).toBe(note.id);
  });
});

describe('the client’s own answers', () => {
  it('are marked as the client’s, with the time, and the clinician cannot change or forge them', async () => {
    const { core, call, note, advance } = await handoverVault();
    await call('clientMode:start', { clientId: note.clientId, noteId: note.id });
    advance(60_000);
    const after = await call('clientMode:submitFeedback', { answers: ANSWERS, message: 'It helped today.' });
    expect(after).toMatchObject({ active: true, steps: [{ kind: 'feedback', done: true }] });
    const again = await core.router.invoke('clientMode:submitFeedback', { answers: ANSWERS, message: '' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await call('clientMode:leave', { secret: STRONG });

    const stored = await call('notes:get', { id: note.id });
    expect(stored.feedback).toMatchObject({ form: 2, answers: ANSWERS, message: 'It helped today.' });
    const completedAt = stored.feedback.form === 2 ? stored.feedback.completedByClientAt : undefined;
    expect(completedAt).toMatch(/^2026-03-02T10:01/);

    // The editor's autosave sends other answers: the client's stay as they gave them.
    await call('notes:save', {
      id: note.id,
      baseUpdatedAt: stored.updatedAt,
      content: {
        sessionDate: stored.sessionDate,
        modality: stored.modality,
        format: stored.format,
        body: { data: 'Clinician text' },
        feedback: {
          form: 2,
          answers: { ...ANSWERS, forward: 5 },
          message: 'Edited',
          completedByClientAt: '2020-01-01T00:00:00Z',
        },
      },
    });
    const edited = await call('notes:get', { id: note.id });
    expect(edited.body).toEqual({ data: 'Clinician text' });
    expect(edited.feedback).toEqual(stored.feedback);

    // Signed, the note covers the client's answers and their mark, and verifies.
    const signed = await call('notes:sign', { id: note.id });
    expect(signed.signature).toEqual({ version: 2, intact: true });
    expect(
      await core.router.invoke('clientMode:start', { clientId: note.clientId, noteId: note.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('cannot be marked as the client’s by the clinician’s own save', async () => {
    const { call, note } = await handoverVault();
    await call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate: note.sessionDate,
        modality: note.modality,
        format: note.format,
        feedback: { form: 2, answers: ANSWERS, message: '', completedByClientAt: '2026-03-02T10:00:00Z' },
      },
    });
    const saved = await call('notes:get', { id: note.id });
    expect(saved.feedback).toEqual({ form: 2, answers: ANSWERS, message: '' });
    expect(await call('clientMode:start', { clientId: note.clientId, noteId: note.id })).toMatchObject({
      active: true,
      steps: [{ kind: 'feedback', done: false }],
    });
  });
});
