import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { MANIFEST_FILE } from '../backup-layout';

export const BACKUP_TRIGGERS = ['manual', 'daily', 'lock', 'quit', 'command line'] as const;

/**
 * The one plain-text file of a backup. It says what the backup is and lets a copy be checked
 * against it, and nothing about what is inside: counts are read from the encrypted database.
 */
const manifestSchema = z.object({
  format: z.literal('rapport-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  trigger: z.enum(BACKUP_TRIGGERS),
  vaultId: z.string(),
  schemaVersion: z.number().int(),
  databaseBytes: z.number().int(),
  /** SHA-256 of rapport.db as written, so a copy in the second folder can be checked byte for byte. */
  databaseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * The audit trail's newest entry in the copy, authenticated with a key derived from the vault
   * key (audit-anchor.ts): restoring refuses a copy whose trail no longer reaches it. Absent in
   * backups made before it was recorded.
   */
  auditHead: z
    .object({
      entry: z.number().int().positive(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
      mac: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .nullable()
    .optional(),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type BackupTrigger = BackupManifest['trigger'];

/** The manifest of a backup folder, or null when it is missing or unreadable (not a finished backup). */
export function readManifest(folder: string): BackupManifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
