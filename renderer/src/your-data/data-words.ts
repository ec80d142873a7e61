import type { ExportProgressEvent, ImportProgressEvent } from '../../../shared/export/export-contract';

/*
 * The export's and the import's progress in plain words, and as a share of the whole. An export
 * knows its tables ahead, not its rows; an import knows both, from reading the file first.
 */

const count = new Intl.NumberFormat();

export function rowsWords(rows: number): string {
  return rows === 1 ? '1 row' : `${count.format(rows)} rows`;
}

export function exportWords(progress: ExportProgressEvent | null): { words: string; percent: number } {
  if (!progress || progress.tables === 0) return { words: 'Starting…', percent: 0 };
  return {
    words: `${progress.tablesDone} of ${progress.tables} tables, ${rowsWords(progress.rowsDone)} written`,
    percent: Math.round((progress.tablesDone / progress.tables) * 100),
  };
}

export function importWords(progress: ImportProgressEvent | null): { words: string; percent: number } {
  if (!progress || progress.phase === 'checking') {
    return { words: 'Reading the whole export to check it before anything is written…', percent: 0 };
  }
  const share = progress.rows === 0 ? 1 : progress.rowsDone / progress.rows;
  switch (progress.phase) {
    case 'writing':
      return {
        words: `${count.format(progress.rowsDone)} of ${rowsWords(progress.rows)} written into the new vault`,
        percent: Math.round(share * 80),
      };
    case 'verifying':
      return { words: 'Checking the new vault: signatures, the audit trail, every link', percent: 85 };
    case 'switching':
      return { words: 'Setting the open vault aside and opening the new one', percent: 95 };
  }
}
