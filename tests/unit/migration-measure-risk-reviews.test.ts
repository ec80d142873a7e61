import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../electron/core/db/connection';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { createAppCore } from '../../electron/core/router/app-core';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { createVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { rebuildAsOlderVersion } from './support/older-vault';
import { STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const CLIENT = '11111111-1111-4111-8111-111111111111';
const DRAFT = '22222222-2222-4222-8222-222222222222';
const AT = '2026-03-02T10:00:00.000Z';

/** A vault as Rapport left it at schema version 22: a review at intake and one in a draft note. */
async function vaultAtSchema22(): Promise<string> {
  const dir = join(tempDir(), 'vault');
  const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
  db.close();
  const key = (await unwrapDatabaseKey(parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')), STRONG))!;
  const raw = openEncrypted(vaultPaths(dir).database, key, { create: false });
  rebuildAsOlderVersion(
    raw,
    MIGRATIONS.filter((m) => m.version <= 22),
  );
  raw
    .prepare(
      "INSERT INTO clients (id, chosen_name, search_key, created_at, updated_at) VALUES (?, 'Zoë', 'zoe', ?, ?)",
    )
    .run(CLIENT, AT, AT);
  raw
    .prepare(
      `INSERT INTO notes (id, client_id, session_date, start_time, end_time, modality, attendees, format, body,
         goal_work, checklist, feedback, rupture, created_at, updated_at)
       VALUES (?, ?, '2026-03-02', '10:00', '10:50', 'video', '', 'DAP', '{}', '[]', '[]',
         '{"form":2,"answers":{"safe":5},"message":"","completedByClientAt":"2026-03-02T10:40:00.000Z"}',
         '{"events":[]}', ?, ?)`,
    )
    .run(DRAFT, CLIENT, AT, AT);
  const review = raw.prepare(
    `INSERT INTO risk_reviews (id, client_id, source, note_id, reviewed_on, suicidal_thoughts, intent, plan,
       means, past_attempts, self_harm, harm_to_others, harm_from_others, judgement, reasons, recorded_at,
       recorded_by, updated_at)
     VALUES (?, ?, ?, ?, ?, 'passive', 'no', 'no', 'no', 'no', 'no', 'no', 'no', ?, ?, ?, 'Dr Ana Ríos', ?)`,
  );
  review.run('r-intake', CLIENT, 'intake', null, '2026-02-23', 'moderate', 'At intake', AT, AT);
  review.run('r-note', CLIENT, 'note', DRAFT, '2026-03-02', 'low', 'In the session', AT, AT);
  raw.close();
  return dir;
}

describe('migration 023 on a vault from schema version 22', () => {
  it('keeps every risk review as it was, still sealed or open as before, and guards the client’s answers', async () => {
    const core = createAppCore({ vaultDir: await vaultAtSchema22(), kdf: TEST_KDF });
    await core.session.unlock(STRONG);
    const history = await core.router.call('risk:history', { clientId: CLIENT });
    expect(history).toMatchObject({
      ok: true,
      value: {
        reviews: [
          { id: 'r-note', source: 'note', noteId: DRAFT, measureId: null, judgement: 'low', sealed: false },
          {
            id: 'r-intake',
            source: 'intake',
            noteId: null,
            measureId: null,
            judgement: 'moderate',
            sealed: true,
          },
        ],
      },
    });
    const db = core.session.db();
    expect(() =>
      db.prepare("UPDATE risk_reviews SET judgement = 'high' WHERE id = 'r-intake'").run(),
    ).toThrow(/sealed risk review/);
    db.prepare("UPDATE risk_reviews SET judgement = 'moderate' WHERE id = 'r-note'").run();
    expect(() =>
      db
        .prepare("UPDATE notes SET feedback = json_set(feedback, '$.answers.safe', 1) WHERE id = ?")
        .run(DRAFT),
    ).toThrow(/client's own answers cannot be changed/);
    core.session.lock('quit');
  });
});
