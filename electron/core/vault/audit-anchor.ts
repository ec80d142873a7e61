import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../base/durable-write';
import { vaultPaths } from './vault-files';

/*
 * The audit trail's anchor: the newest entry's number and hash, kept beside the database in a
 * small file and authenticated with a key derived from the vault key. Someone who edits the
 * database without the key cannot make the two agree; someone who rolls the database back to older
 * files, or deletes the newest entries, leaves a trail shorter than its anchor. The anchor may lag
 * the trail by the entries written since it was last brought up to date (it is written at unlock,
 * at lock, after a restore and at each of the session's ticks), so a longer trail is sound.
 */

const FORMAT = 'rapport-audit-anchor';
const VERSION = 1;

const anchorFile = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  entry: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().max(40),
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});

export interface AuditHead {
  id: number;
  hash: string;
}

export type AnchorReading =
  | { state: 'absent' }
  | { state: 'unreadable' }
  | { state: 'forged' }
  | { state: 'anchored'; entry: number; hash: string; at: string };

/** A key of its own for the anchor, so the database key itself never signs anything. */
export function anchorKey(databaseKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'rapport audit anchor/1', 32));
}

function mac(key: Buffer, entry: number, hash: string, at: string): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([`${FORMAT}/${VERSION}`, entry, hash, at]))
    .digest('hex');
}

/**
 * The same authentication for the trail's end as a backup's manifest records it: a backup whose
 * trail was cut short or rewritten after it was made no longer reaches its manifest's entry.
 */
export function headMac(key: Buffer, head: AuditHead): string {
  return createHmac('sha256', key)
    .update(JSON.stringify(['rapport-backup-head/1', head.id, head.hash]))
    .digest('hex');
}

export function headMacMatches(key: Buffer, head: AuditHead, given: string): boolean {
  const expected = Buffer.from(headMac(key, head), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(expected, actual);
}

export function writeAnchor(dir: string, key: Buffer, head: AuditHead, at: Date): void {
  const stamp = at.toISOString();
  const file = {
    format: FORMAT,
    version: VERSION,
    entry: head.id,
    hash: head.hash,
    at: stamp,
    mac: mac(key, head.id, head.hash, stamp),
  };
  writeFileAtomic(vaultPaths(dir).anchor, `${JSON.stringify(file, null, 2)}\n`);
}

export function readAnchor(dir: string, key: Buffer): AnchorReading {
  const path = vaultPaths(dir).anchor;
  if (!existsSync(path)) return { state: 'absent' };
  let parsed: z.output<typeof anchorFile>;
  try {
    const result = anchorFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.success) return { state: 'unreadable' };
    parsed = result.data;
  } catch {
    return { state: 'unreadable' };
  }
  const expected = Buffer.from(mac(key, parsed.entry, parsed.hash, parsed.at), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(parsed.mac, 'hex'))) return { state: 'forged' };
  return { state: 'anchored', entry: parsed.entry, hash: parsed.hash, at: parsed.at };
}
