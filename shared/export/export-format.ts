import { z } from 'zod';

/**
 * The open export format: the whole vault as one JSON document, table by table, exactly as
 * stored. Its JSON Schema (electron/core/features/export/rapport-export.schema.json, also written into every
 * export) is generated from this definition, so the two cannot drift apart.
 */

export const EXPORT_FORMAT = 'rapport-export';
export const EXPORT_VERSION = 1;
/** The table of psychotherapy (process) notes: exported only when explicitly asked for. */
export const PSYCHOTHERAPY_NOTES_TABLE = 'process_notes';

const column = z
  .object({
    name: z.string().describe('Column name, as in the vault’s SQLite schema.'),
    type: z
      .string()
      .describe('Declared SQLite type: TEXT, INTEGER, REAL, ANY, or empty for a search column.'),
    notNull: z.boolean(),
    primaryKey: z.boolean(),
    json: z
      .boolean()
      .describe('True when the column holds JSON text (checked by json_valid); the value stays a string.'),
  })
  .strict();

const value = z.union([z.string(), z.number(), z.null()]);

const table = z
  .object({
    derived: z
      .boolean()
      .describe(
        'True for the full-text search index: rebuilt from the notes, kept so an import can search at once.',
      ),
    columns: z.array(column),
    rows: z
      .array(z.record(z.string(), value))
      .describe('One object per row, column name to value, in the order they were written.'),
  })
  .strict();

export const exportDocument = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string().describe('ISO 8601 time of the export (UTC).'),
    vault: z
      .object({
        id: z.string().describe('The vault id from its key file.'),
        schemaVersion: z.number().int().describe('The vault’s schema version (PRAGMA user_version).'),
        auditHead: z
          .object({
            entry: z.number().int().describe('The number of the audit trail’s newest entry.'),
            hash: z.string().describe('Its hash: the trail in this export must end exactly here.'),
          })
          .strict()
          .nullable()
          .describe('Where the audit trail ended when the export was made (null for an empty trail).'),
      })
      .strict(),
    includesPsychotherapyNotes: z
      .boolean()
      .describe(
        `Whether the ${PSYCHOTHERAPY_NOTES_TABLE} table is included (only when asked for explicitly).`,
      ),
    tables: z.record(z.string(), table).describe('Every table of the vault by name.'),
  })
  .strict()
  .describe('A complete export of one Rapport vault.');

export type ExportDocument = z.output<typeof exportDocument>;
export type ExportTable = z.output<typeof table>;
export type ExportColumn = z.output<typeof column>;
export type ExportValue = z.output<typeof value>;

export function exportJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://rapport.invalid/schemas/rapport-export-1.json',
    ...z.toJSONSchema(exportDocument, { target: 'draft-2020-12' }),
  };
}
