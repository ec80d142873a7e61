import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { importVault } from '../../electron/core/vault/open-export/import-vault';
import { exportDocument } from '../../shared/export/export-format';
import { openCore } from './support/open-core';
import { dailyNoteSigner, signingMeanwhile } from './support/signing-meanwhile';
import { STRONG_2, TEST_KDF, tempDir } from './support/temp-vault';

const EXPORTS = 6;

describe('the open export of a vault in use', () => {
  it('reads one moment: what is written while it runs is wholly in it or wholly out, and it imports', async () => {
    const core = await openCore();
    // Enough records that writing them out takes a while: the signing below runs meanwhile.
    seedDemo(core.session.db(), { clients: 6, years: 1, seed: 'in-use', until: '2026-03-01' });
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Yusuf' });
    const { result: folders, signed: signedMeanwhile } = await signingMeanwhile(
      dailyNoteSigner(core.call, clientId),
      async () => {
        const folders: string[] = [];
        for (let i = 0; i < EXPORTS; i++) {
          const exported = await core.call('export:vault', {
            outDir: tempDir(),
            includePsychotherapyNotes: true,
          });
          folders.push(exported.folder);
        }
        return folders;
      },
    );
    expect(signedMeanwhile, 'notes were signed while the exports ran').toBeGreaterThan(EXPORTS);
    for (const folder of folders) {
      const file = join(folder, 'rapport-export.json');
      const document = exportDocument.parse(JSON.parse(readFileSync(file, 'utf8')));
      const trail = document.tables.audit_log!.rows as { id: number; action: string; entity_id: string }[];
      expect(document.vault.auditHead?.entry, folder).toBe(trail.at(-1)!.id);
      // Every note the export holds as signed has its signing in the export's audit trail, and no more.
      const notes = document.tables.notes!.rows as { id: string; signed_at: string | null }[];
      const signedNotes = new Set(notes.filter((n) => n.signed_at !== null).map((n) => n.id));
      const signings = trail
        .filter((entry) => entry.action === 'note.signed')
        .map((entry) => entry.entity_id);
      expect(new Set(signings)).toEqual(signedNotes);
      // The audit trail's CSV copy is of the same moment.
      const csvRows = readFileSync(join(folder, 'audit-log.csv'), 'utf8').trimEnd().split('\r\n').length - 1;
      expect(csvRows).toBe(trail.length);
    }
    core.session.lock('quit');
    // The last one, taken with signing under way, makes a vault whose chain holds.
    await importVault(join(tempDir(), 'imported'), STRONG_2, join(folders.at(-1)!, 'rapport-export.json'), {
      kdf: TEST_KDF,
    });
  });
});
