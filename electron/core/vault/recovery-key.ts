import { createHash } from 'node:crypto';
import { AppError } from '../base/app-error';

/**
 * The recovery key is the 32-byte database key itself, written in RFC 4648 base32 (letters A–Z and
 * digits 2–7: no 0/1/8/9 to confuse with O/I/B) in groups of four, followed by one four-letter check
 * group. Because it *is* the database key, anyone holding it can open the vault with the official
 * SQLCipher tool even without Rapport (see README); the check group only catches copying mistakes.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const KEY_BYTES = 32;
const KEY_CHARS = 52; // ceil(256 / 5)
const CHECK_CHARS = 4;

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function fromBase32(text: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new AppError('VALIDATION', `The recovery key cannot contain “${char}”.`);
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function checkGroup(key: Uint8Array): string {
  return toBase32(createHash('sha256').update(key).digest()).slice(0, CHECK_CHARS);
}

export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new Error('A recovery key encodes exactly 32 bytes.');
  const body = toBase32(key) + checkGroup(key);
  return body.match(/.{1,4}/g)!.join('-');
}

/** Accepts what a person types back: any case, spaces or dashes, and the look-alikes 0, 1 and 8. */
export function parseRecoveryKey(typed: string): Buffer {
  const cleaned = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  if (cleaned.length !== KEY_CHARS + CHECK_CHARS) {
    throw new AppError(
      'VALIDATION',
      `A recovery key has ${KEY_CHARS + CHECK_CHARS} letters and digits; this one has ${cleaned.length}.`,
    );
  }
  const key = fromBase32(cleaned.slice(0, KEY_CHARS)).subarray(0, KEY_BYTES);
  // Re-encoding also rejects a last character whose unused padding bits were mistyped.
  if (checkGroup(key) !== cleaned.slice(KEY_CHARS) || toBase32(key) !== cleaned.slice(0, KEY_CHARS)) {
    key.fill(0);
    throw new AppError('VALIDATION', 'That recovery key has a typing mistake somewhere. Check each group.');
  }
  return key;
}
