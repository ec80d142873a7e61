import type { Db } from '../../db/connection';
import { verifyAuditChain } from '../../db/audit-chain';
import { foreignKeyProblems, tableShapes } from '../../db/export';

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
 * in here); for now, the foreign keys and the audit chain.
 */
export function importFindings(db: Db): ImportFinding[] {
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
  const chain = verifyAuditChain(db);
  if (chain.firstBroken) {
    findings.push({
      table: 'audit_log',
      row: `id ${chain.firstBroken.id}`,
      problem: chain.firstBroken.reason,
    });
  }
  return findings;
}
