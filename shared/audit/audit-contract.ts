import { z } from 'zod';
import { folderPath } from '../backup/backup-contract';

const timestamp = z.iso.datetime({ offset: true, message: 'Use a full date and time.' });

export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  detail: z.string().nullable(),
  /** Who acted: the clinician, or the records custodian in a read-only session. */
  actor: z.enum(['clinician', 'custodian']),
});

export const auditChainReport = z.object({
  ok: z.boolean(),
  checked: z.number(),
  unsealed: z.number(),
  /** The first entry where the chain does not hold, and why; null when it is intact. */
  firstBroken: z.object({ id: z.number(), reason: z.string() }).nullable(),
});

export const auditChannels = {
  /** Newest first. Filters combine; page with beforeId = the last id of the previous page. */
  'audit:list': {
    input: z.strictObject({
      actionPrefix: z.string().min(1).max(80).optional(),
      entity: z.string().min(1).max(40).optional(),
      entityId: z.string().min(1).max(100).optional(),
      from: timestamp.optional(),
      to: timestamp.optional(),
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: z.object({ entries: z.array(auditEntry), nextBeforeId: z.number().nullable() }),
  },
  'audit:verify': { input: z.strictObject({}), output: auditChainReport },
  /** Writes the whole trail as audit-log.csv into a folder the person chose. */
  'audit:export': {
    input: z.strictObject({ outDir: folderPath }),
    output: z.object({ file: z.string(), entries: z.number() }),
  },
} as const;

export type AuditEntryView = z.output<typeof auditEntry>;
export type AuditChainReport = z.output<typeof auditChainReport>;
