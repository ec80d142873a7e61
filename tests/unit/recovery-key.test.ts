import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRecoveryKey, parseRecoveryKey } from '../../electron/core/vault/recovery-key';

describe('recovery key', () => {
  it('round-trips any 32-byte key through its written form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const written = formatRecoveryKey(bytes);
        expect(written).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
        expect(parseRecoveryKey(written)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it('is plain RFC 4648 base32 of the key, so standard tools can decode it (README)', () => {
    const key = randomBytes(32);
    const body = formatRecoveryKey(key).replace(/-/g, '').slice(0, 52);
    // Node has no base32 decoder; compare against a from-scratch bit reader of the RFC alphabet.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const bits = [...body].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
    const bytes = Buffer.from(
      bits
        .match(/.{8}/g)!
        .slice(0, 32)
        .map((b) => parseInt(b, 2)),
    );
    expect(bytes).toEqual(key);
  });

  it('accepts what people type: lower case, spaces, and 0/1/8 for O/I/B', () => {
    const key = randomBytes(32);
    const written = formatRecoveryKey(key);
    const sloppy = written
      .toLowerCase()
      .replace(/-/g, ' ')
      .replace(/o/g, '0')
      .replace(/i/g, '1')
      .replace(/b/g, '8');
    expect(parseRecoveryKey(sloppy)).toEqual(key);
  });

  it('catches a single mistyped character or a missing group', () => {
    const written = formatRecoveryKey(randomBytes(32));
    for (let i = 0; i < written.length; i++) {
      if (written[i] === '-') continue;
      const swapped = written.slice(0, i) + (written[i] === 'Q' ? 'R' : 'Q') + written.slice(i + 1);
      expect(() => parseRecoveryKey(swapped)).toThrow(/typing mistake/);
    }
    expect(() => parseRecoveryKey(written.slice(5))).toThrow(/has 56 letters/);
  });
});

describe('the README’s way to turn a recovery key into the SQLCipher key', () => {
  const hasBasenc = spawnSync('bash', ['-c', 'command -v basenc']).status === 0;
  it.skipIf(!hasBasenc)('gives the database key in hex (skipped where coreutils basenc is missing)', () => {
    const key = randomBytes(32);
    const script = `HEX=$(printf '%s====' "$(echo "$KEY" | tr -d '-' | cut -c1-52)" | basenc --base32 -d | od -An -tx1 | tr -d ' \\n'); echo "$HEX"`;
    const out = execFileSync('bash', ['-c', script], {
      env: { ...process.env, KEY: formatRecoveryKey(key) },
    });
    expect(out.toString().trim()).toBe(key.toString('hex'));
  });
});
