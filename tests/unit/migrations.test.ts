import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncrypted, type Db } from '../../electron/core/db/connection';
import { schemaVersion, setSchemaVersion } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { AppError } from '../../electron/core/base/app-error';
import { parseKeyFile, unwrapDatabaseKey } from '../../electron/core/vault/key-file';
import { createVault, unlockVault } from '../../electron/core/vault/vault';
import { vaultPaths } from '../../electron/core/vault/vault-files';
import { rebuildAsOlderVersion } from './support/older-vault';
import { snapshotFolder, STRONG, TEST_KDF, tempDir } from './support/temp-vault';

const SNAPSHOT = join(import.meta.dirname, '../../electron/core/db/schema.snapshot.sql');

function schemaText(db: Db): string {
  const rows = db
    .prepare(
      "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .pluck()
    .all() as string[];
  return `-- schema version ${schemaVersion(db)}; regenerate with UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/migrations\n${rows.map((s) => `${s.replace(/\s+/g, ' ').trim()};`).join('\n')}\n`;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3 … with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  for (let from = 0; from < LATEST_SCHEMA_VERSION; from++) {
    it(`a vault made at schema version ${from} opens and is brought to version ${LATEST_SCHEMA_VERSION}`, async () => {
      const dir = join(tempDir(), 'vault');
      const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
      // Rebuild the database as that older version would have left it.
      db.close();
      const key = await unwrapDatabaseKey(
        parseKeyFile(readFileSync(vaultPaths(dir).keyFile, 'utf8')),
        STRONG,
      );
      const raw = openEncrypted(vaultPaths(dir).database, key!, { create: false });
      rebuildAsOlderVersion(raw, MIGRATIONS.slice(0, from));
      expect(schemaVersion(raw)).toBe(from);
      raw.close();

      const opened = await unlockVault(dir, STRONG);
      expect(schemaVersion(opened.db)).toBe(LATEST_SCHEMA_VERSION);
      opened.db.close();
    });
  }

  it('matches the committed schema snapshot (any schema change shows in review)', async () => {
    const { db } = await createVault(join(tempDir(), 'vault'), STRONG, { kdf: TEST_KDF });
    const text = schemaText(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) writeFileSync(SNAPSHOT, text);
    expect(text).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('refuses a vault from a newer Rapport and leaves it untouched', async () => {
    const dir = join(tempDir(), 'vault');
    const { db } = await createVault(dir, STRONG, { kdf: TEST_KDF });
    setSchemaVersion(db, LATEST_SCHEMA_VERSION + 1);
    db.close();
    const before = snapshotFolder(dir);
    const error = await unlockVault(dir, STRONG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VAULT_FROM_FUTURE');
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
