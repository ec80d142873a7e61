import table from './icd10cm-2026.json' with { type: 'json' };
import type { CodeTitle } from './cms-code-file';

/** The bundled ICD-10-CM table (see NOTES.md beside it for its source and edition). */
export const BUNDLED_EDITION: string = table.edition;
export const BUNDLED_CODES: readonly CodeTitle[] = table.codes.map(([code, title]) => ({
  code: code!,
  title: title!,
}));
