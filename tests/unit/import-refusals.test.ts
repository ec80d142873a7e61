import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/tools/demo/seed-demo';
import { EXIT } from '../../electron/tools/cli/exit-codes';
import type { ExportDocument } from '../../shared/export/export-format';
import { openCore } from './support/open-core';
import { runCliInMemory } from './support/run-cli-in-memory';
import { STRONG_2, tempDir } from './support/temp-vault';

/*
 * `rapport import-json` refuses bad input clearly: exit 8, one line naming the table, the row and
 * the rule; no vault is made (a folder that was there and empty stays so), and the file it read is
 * untouched. Each case is a real export of a demo vault with one thing wrong in it.
 */

let base: ExportDocument;
let baseDir: string;

beforeAll(async () => {
  const core = await openCore();
  seedDemo(core.session.db(), { clients: 3, years: 1, seed: 'refusals', until: '2026-03-01' });
  baseDir = mkdtempSync(join(tmpdir(), 'rapport-refusals-'));
  const { folder } = await core.call('export:vault', { outDir: baseDir, includePsychotherapyNotes: true });
  core.session.lock('quit');
  base = JSON.parse(readFileSync(join(folder, 'rapport-export.json'), 'utf8'));
});

afterAll(() => rmSync(baseDir, { recursive: true, force: true }));

const GHOST = '00000000-0000-4000-8000-000000000000';

function changed(change: (document: ExportDocument) => void): ExportDocument {
  const document = structuredClone(base);
  change(document);
  return document;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Imports `content` into a new folder (or an empty one that exists) and checks the refusal. */
async function refusal(
  content: ExportDocument | string,
  options: { existingFolder?: boolean; file?: string } = {},
): Promise<string> {
  const file = options.file ?? join(tempDir(), 'rapport-export.json');
  if (!options.file) writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const hash = options.file ? null : sha256(file);
  const parent = tempDir();
  const target = join(parent, 'vault');
  if (options.existingFolder) mkdirSync(target);
  const run = await runCliInMemory(['import-json', '--vault', target, '--from', file], {
    RAPPORT_PASSPHRASE: STRONG_2,
  });
  expect(run.code, run.stderr).toBe(EXIT.invalidInput);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^rapport: [^\n]+\n$/);
  expect(readdirSync(parent)).toEqual(options.existingFolder ? ['vault'] : []);
  if (options.existingFolder) expect(readdirSync(target)).toEqual([]);
  if (hash) expect(sha256(file)).toBe(hash);
  return run.stderr;
}

describe('a row the database refuses is named with its table, its row and the rule', () => {
  it('CHECK', async () => {
    const document = changed((d) => (d.tables.checklist_items!.rows[0]!.active = 2));
    expect(await refusal(document)).toBe(
      "rapport: The export's checklist_items row 1 (id 1) breaks a rule of the vault: CHECK constraint failed: active IN (0, 1). Nothing was kept.\n",
    );
  });

  it('NOT NULL, into a folder that exists and stays empty', async () => {
    const document = changed((d) => (d.tables.clients!.rows[1]!.chosen_name = null));
    const id = base.tables.clients!.rows[1]!.id as string;
    expect(await refusal(document, { existingFolder: true })).toBe(
      `rapport: The export's clients row 2 (id "${id}") breaks a rule of the vault: NOT NULL constraint failed: clients.chosen_name. Nothing was kept.\n`,
    );
  });

  it('UNIQUE', async () => {
    const document = changed((d) => d.tables.clients!.rows.push({ ...d.tables.clients!.rows[0]! }));
    const id = base.tables.clients!.rows[0]!.id as string;
    expect(await refusal(document)).toBe(
      `rapport: The export's clients row ${base.tables.clients!.rows.length + 1} (id "${id}") breaks a rule of the vault: UNIQUE constraint failed: clients.id. Nothing was kept.\n`,
    );
  });

  it('a STRICT column given the wrong type', async () => {
    const document = changed((d) => (d.tables.checklist_items!.rows[2]!.position = 'third'));
    expect(await refusal(document)).toMatch(
      /The export's checklist_items row 3 \(id 3\) breaks a rule of the vault: cannot store TEXT value in INTEGER column checklist_items\.position\./,
    );
  });

  it('an integer key given text', async () => {
    const document = changed((d) => (d.tables.audit_log!.rows[0]!.id = 'first'));
    expect(await refusal(document)).toMatch(
      /The export's audit_log row 1 \(id "first"\) breaks a rule of the vault: datatype mismatch/,
    );
  });
});

describe('an export that does not hold together names each finding, a handful at most', () => {
  it('a record pointing at one that is not in the export', async () => {
    const document = changed((d) => (d.tables.notes!.rows[0]!.client_id = GHOST));
    const note = base.tables.notes!.rows[0]!;
    // The note is signed, and its client is part of what its fingerprint covers: that is named too.
    expect(note.signed_at).not.toBeNull();
    expect(await refusal(document)).toBe(
      'rapport: The export does not hold together, so nothing was kept. notes row 1: It points at a clients record that is not in the export. ' +
        `notes id ${String(note.id)}: This signed note was changed after it was signed: it no longer matches its fingerprint.\n`,
    );
  });

  it('many of them, and a changed audit entry', async () => {
    const tables = [
      'appointments',
      'client_changes',
      'goal_ratings',
      'invoices',
      'notes',
      'payments',
      'plan_versions',
    ];
    for (const table of tables) expect(base.tables[table]!.rows.length, table).toBeGreaterThan(1);
    const document = changed((d) => {
      for (const table of tables) d.tables[table]!.rows[0]!.client_id = GHOST;
      for (const row of d.tables.notes!.rows) row.client_id = GHOST;
      d.tables.audit_log!.rows[1]!.detail = 'rewritten';
    });
    const ghost = 'It points at a clients record that is not in the export';
    const signedNotes = base.tables.notes!.rows.filter((row) => row.signed_at !== null).length;
    expect(await refusal(document)).toBe(
      'rapport: The export does not hold together, so nothing was kept. ' +
        `appointments row 1: ${ghost}. ` +
        `client_changes id ${base.tables.client_changes!.rows[0]!.id}: ${ghost}. ` +
        `goal_ratings id ${base.tables.goal_ratings!.rows[0]!.id}: ${ghost}. ` +
        `invoices row 1: ${ghost}. ` +
        `notes row 1: ${ghost} (and so do ${base.tables.notes!.rows.length - 1} more rows of notes). ` +
        // Two more tables' client, every signed note's fingerprint, and the audit entry.
        `And ${3 + signedNotes} more.\n`,
    );
  });

  it('an audit entry changed after it was written', async () => {
    const document = changed((d) => (d.tables.audit_log!.rows[1]!.entity_id = 'someone-else'));
    expect(await refusal(document)).toBe(
      'rapport: The export does not hold together, so nothing was kept. audit_log id 2: The audit trail is broken at entry 2. This entry was changed after it was written. Entries after it cannot be trusted.\n',
    );
  });
});

describe('what is refused before anything is written', () => {
  it('a value over the limit, named by table, row and column', async () => {
    const document = changed((d) => (d.tables.clients!.rows[0]!.enquiry_note = 'x'.repeat(4_000_001)));
    expect(await refusal(document)).toBe(
      "rapport: The export's clients row 1, column enquiry_note is longer than 4,000,000 characters, the limit for one value, so the export is refused.\n",
    );
  });

  it('a file over the limit', async () => {
    // Sparse: two gigabytes on paper, nothing on the disk.
    const file = join(tempDir(), 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 2 * 1024 ** 3 + 1);
    expect(await refusal('', { file })).toBe(
      'rapport: That file is larger than 2 GiB, the limit for an import, so it is refused.\n',
    );
  });

  it('a file that is not JSON, naming the line', async () => {
    const text = JSON.stringify(base, null, 2);
    const cut = text.indexOf('"tables": {') + '"tables": {'.length;
    const line = text.slice(0, cut).split('\n').length;
    expect(await refusal(text.slice(0, cut))).toBe(
      `rapport: That file is not JSON, so it is not a Rapport export (line ${line}: the file ends before the export does).\n`,
    );
    expect(await refusal('{"format": rapport}')).toBe(
      'rapport: That file is not JSON, so it is not a Rapport export (line 1: unexpected "r").\n',
    );
  });

  it('a row value that is neither text, a number nor null', async () => {
    const text = JSON.stringify(base).replace(/"status":"[a-z]+"/, '"status":true');
    expect(await refusal(text)).toBe(
      'rapport: That file is not a Rapport export: appointments row 1, column status, holds true; a value is text, a number or null.\n',
    );
  });

  it('a column the table does not have, a table Rapport does not know, another schema version', async () => {
    expect(await refusal(changed((d) => (d.tables.clients!.rows[0]!.favourite_colour = 'blue')))).toBe(
      'rapport: Rows of clients in the export have a column clients does not: favourite_colour.\n',
    );
    expect(
      await refusal(changed((d) => (d.tables.secrets = { derived: false, columns: [], rows: [] }))),
    ).toBe('rapport: The export has a table this Rapport does not know: secrets.\n');
    expect(await refusal(changed((d) => (d.vault.schemaVersion = 3)))).toMatch(
      /^rapport: The export is of schema version 3; this Rapport imports version \d+\./,
    );
  });

  it('a key given twice, which JSON leaves open', async () => {
    const text = JSON.stringify(base).replace('{"format":', '{"format":"something else","format":');
    expect(await refusal(text)).toBe('rapport: That file is not a Rapport export: it has "format" twice.\n');
  });
});
