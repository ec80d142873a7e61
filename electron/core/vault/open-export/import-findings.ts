import type { Db } from '../../db/connection';
import type { FindingRecordKind } from '../../../../shared/integrity/integrity-contract';
import { chainedHead } from '../../db/audit';
import { verifyVault } from '../verify';
import { foreignKeyProblems, tableShapes } from '../../db/export';

/** Where the record a finding concerns lives, to name it as the import names rows. */
const TABLE_OF: Record<FindingRecordKind, string> = {
  note: 'notes',
  addendum: 'note_addenda (of note)',
  'audit-entry': 'audit_log',
  'schema-object': 'schema',
  anchor: 'audit_log',
};

/** Where the exported vault's audit trail ended, as the export's head says. */
export type ExportedHead = { entry: number; hash: string } | null;

/** One reason an import is refused, with the record it concerns. */
export interface ImportFinding {
  table: string;
  /** The row, by its primary key, or by its position in the export's table. */
  row: string;
  problem: string;
}

/**
 * What is checked once every row of an export is in the new vault, inside the import's
 * transaction, before it commits: any finding refuses the import and nothing is kept. This is the
 * one place the import asks whether what it read holds together (the full integrity check plugs
 * in here): the foreign keys, then the record's own checks.
 */
export function importFindings(db: Db, exportedHead: ExportedHead): ImportFinding[] {
  const rowidNames = new Map(
    tableShapes(db).map((shape) => {
      const keys = shape.columns.filter((column) => column.primaryKey);
      // A single INTEGER primary key is the rowid itself; otherwise rows went in 1, 2, 3… in order.
      return [shape.name, keys.length === 1 && keys[0]!.type === 'INTEGER' ? keys[0]!.name : null];
    }),
  );
  const findings: ImportFinding[] = foreignKeyProblems(db).map((problem) => {
    const key = rowidNames.get(problem.table);
    const others = problem.rows - 1;
    return {
      table: problem.table,
      row: key ? `${key} ${problem.firstRowid}` : `row ${problem.firstRowid}`,
      problem:
        `It points at a ${problem.parent} record that is not in the export` +
        (others > 0 ? ` (and so do ${others} more rows of ${problem.table}).` : '.'),
    };
  });
  // The vault's own integrity check of the record: signatures against their fingerprints and the
  // trail's record of each signing, the audit chain, the schema.
  const report = verifyVault(db, { anchor: null, pages: 'skip' });
  for (const finding of report.findings) {
    const record = finding.record;
    findings.push({
      table: record ? TABLE_OF[record.kind] : 'vault',
      row: record ? `id ${record.id}` : '-',
      problem: finding.message,
    });
  }
  const head = chainedHead(db);
  const reached = head ? { entry: head.id, hash: head.hash } : null;
  if (JSON.stringify(reached) !== JSON.stringify(exportedHead)) {
    findings.push({
      table: 'audit_log',
      row: reached ? `id ${reached.entry}` : '-',
      problem: exportedHead
        ? `The audit trail in the export ends at entry ${reached?.entry ?? 0}, but the export says it ends at entry ${exportedHead.entry} with another hash: entries were removed or rewritten.`
        : 'The export says its audit trail is empty, but it holds entries.',
    });
  }
  return findings;
}
