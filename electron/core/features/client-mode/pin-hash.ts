import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * A client-mode PIN as the vault's settings keep it: never the digits, only scrypt over them with a
 * salt of its own. A PIN has few possibilities, so each check is made slow (32 MiB, ~0.1 s) and the
 * service also spaces out wrong tries; the vault's encryption keeps the hash itself from being read.
 */
export interface StoredPin {
  v: 1;
  salt: string;
  hash: string;
  N: number;
  r: number;
  p: number;
}

const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string): Promise<StoredPin> {
  const salt = randomBytes(16);
  const hash = await derive(pin, salt, PARAMS);
  return { v: 1, salt: salt.toString('base64'), hash: hash.toString('base64'), ...PARAMS };
}

/** Whether a PIN matches the stored one; a stored value of any other shape matches nothing. */
export async function pinMatches(pin: string, stored: unknown): Promise<boolean> {
  const value = stored as Partial<StoredPin> | null;
  if (
    !value ||
    value.v !== 1 ||
    typeof value.salt !== 'string' ||
    typeof value.hash !== 'string' ||
    value.N !== PARAMS.N ||
    value.r !== PARAMS.r ||
    value.p !== PARAMS.p
  )
    return false;
  const expected = Buffer.from(value.hash, 'base64');
  const actual = await derive(pin, Buffer.from(value.salt, 'base64'), PARAMS);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
