import { z } from 'zod';
import { folderPath } from '../backup/backup-contract';

export const exportChannels = {
  /**
   * Writes the whole vault, unencrypted, into a new folder inside the folder the person chose:
   * rapport-export.json (with its JSON Schema beside it) and clients.csv and audit-log.csv for
   * spreadsheets. Psychotherapy notes are left out unless explicitly included.
   */
  'export:vault': {
    input: z.strictObject({
      outDir: folderPath,
      includePsychotherapyNotes: z.boolean().default(false),
    }),
    output: z.object({
      folder: z.string(),
      files: z.array(z.string()),
      tables: z.record(z.string(), z.number()),
    }),
  },
} as const;
