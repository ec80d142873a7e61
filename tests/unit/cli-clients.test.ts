import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/tools/cli/run-cli';
import { systemBrowserPrinting } from '../../electron/tools/cli/system-browser-printing';
import { openCore } from './support/open-core';
import { STRONG, tempDir } from './support/temp-vault';

async function run(argv: string[]) {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const stderr = new PassThrough();
  let errors = '';
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const home = tempDir();
  const code = await runCli(
    argv,
    {
      env: { HOME: home, XDG_CONFIG_HOME: join(home, 'config'), RAPPORT_PASSPHRASE: STRONG },
      stdin: new PassThrough(),
      stdout,
      stderr,
    },
    { printing: systemBrowserPrinting },
  );
  return { code, stdout: text, stderr: errors };
}

describe('rapport clients', () => {
  it('lists the clients as the app does, as a table or JSON, with search and status filters', async () => {
    const core = await openCore();
    const zoe = await core.call('clients:createEnquiry', { chosenName: 'Zoë Núñez' });
    const ali = await core.call('clients:createEnquiry', { chosenName: 'علي حسن' });
    await core.call('clients:changeStatus', {
      id: ali.id,
      status: 'archived',
      date: '2026-01-02',
      reason: 'Moved',
    });
    core.session.lock('user');
    // The backup of the lock runs in a worker; the vault stays held until it is done.
    await core.session.settled();

    const table = await run(['clients', '--vault', core.dir]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(zoe.id);
    expect(table.stdout).toContain('Zoë Núñez');
    expect(table.stdout).not.toContain('علي حسن');

    const json = await run(['clients', '--vault', core.dir, '--json', '--status', 'archived']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ id: ali.id, chosenName: 'علي حسن' })]);

    const search = await run(['clients', '--vault', core.dir, '--json', '--search', 'nunez']);
    expect(JSON.parse(search.stdout).map((c: { id: string }) => c.id)).toEqual([zoe.id]);

    const bad = await run(['clients', '--vault', core.dir, '--status', 'gone']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^rapport: Unknown status "gone"/);
  });
});
