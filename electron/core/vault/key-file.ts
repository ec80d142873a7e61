import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCallback } from 'node:crypto';
import { promisify } from 'node:util';
import { z } from 'zod';
import { AppError } from '../base/app-error';

const scrypt = promisify(scryptCallback) as (
  password: string | Buffer,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/**
 * scrypt with N=2^17, r=8 uses 128 MiB and about 0.4 s on a laptop core: slow enough that guessing
 * passphrases against a stolen key file is expensive, fast enough that unlocking feels deliberate.
 */
export const DEFAULT_KDF = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } as const;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);

/**
 * The key-derivation settings a key file may ask for. A key file is read before anything else is
 * known about it, so it is checked before any work is done: a file asking for more would make
 * unlocking, restoring or previewing a backup run for minutes (scrypt with N = 2^20, r = 32,
 * p = 4 takes 4 GiB and hundreds of times the default work). Rapport writes the default; tests
 * use the lowest.
 */
export const KDF_LIMITS = {
  N: { min: 2 ** 14, max: 2 ** 18 },
  r: { min: 8, max: 16 },
  p: { min: 1, max: 2 },
  /** scrypt's memory is 128 · N · r bytes: 256 MiB at most (the default takes 128 MiB). */
  memoryBytes: 256 * 1024 * 1024,
  /** Work grows with N · r · p: at most twice the default's. */
  work: 2 * DEFAULT_KDF.N * DEFAULT_KDF.r * DEFAULT_KDF.p,
} as const;

const kdfSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(KDF_LIMITS.N.min)
      .max(KDF_LIMITS.N.max)
      .refine((n) => (n & (n - 1)) === 0),
    r: z.number().int().min(KDF_LIMITS.r.min).max(KDF_LIMITS.r.max),
    p: z.number().int().min(KDF_LIMITS.p.min).max(KDF_LIMITS.p.max),
    salt: b64,
  })
  .refine(
    ({ N, r, p }) => 128 * N * r <= KDF_LIMITS.memoryBytes && N * r * p <= KDF_LIMITS.work,
    'Key derivation costs more than Rapport allows.',
  );

const keyFileSchema = z.object({
  format: z.literal('rapport-vault-key'),
  version: z.literal(1),
  vaultId: z.uuid(),
  createdAt: z.string(),
  /** The first 16 bytes of the database file (SQLCipher's salt), binding this key file to it. */
  databaseSalt: z.string().regex(/^[0-9a-f]{32}$/),
  cipher: z.object({ name: z.literal('sqlcipher'), legacy: z.literal(4) }),
  passphrase: z.object({
    kdf: kdfSchema,
    wrap: z.object({ alg: z.literal('A256GCM'), iv: b64, data: b64, tag: b64 }),
  }),
});

export type KeyFile = z.infer<typeof keyFileSchema>;
export type KdfParams = Omit<KeyFile['passphrase']['kdf'], 'salt'>;

export function parseKeyFile(text: string): KeyFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VAULT_DAMAGED', 'The vault’s key file is damaged (it is not readable).');
  }
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) {
    const kdfRefused = parsed.error.issues.some((issue) => issue.path.join('.').startsWith('passphrase.kdf'));
    throw new AppError(
      'VAULT_DAMAGED',
      kdfRefused
        ? 'The vault’s key file asks for key-derivation settings outside what Rapport allows, so it was not opened (it was not made by Rapport, or it was altered). Use another copy of the key file, or a backup.'
        : 'The vault’s key file is damaged or from an unknown version.',
    );
  }
  return parsed.data;
}

function additionalData(file: Pick<KeyFile, 'vaultId' | 'databaseSalt'>): Buffer {
  return Buffer.from(`rapport-vault-key/1/${file.vaultId}/${file.databaseSalt}`, 'utf8');
}

async function deriveWrappingKey(passphrase: string, kdf: KeyFile['passphrase']['kdf']): Promise<Buffer> {
  const salt = Buffer.from(kdf.salt, 'base64');
  // NFC so the same passphrase typed on another keyboard layout or OS derives the same key.
  return scrypt(passphrase.normalize('NFC'), salt, 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r + 16 * 1024 * 1024,
  });
}

/** Wraps the database key under a passphrase, returning the key file's `passphrase` section. */
export async function wrapDatabaseKey(
  databaseKey: Buffer,
  passphrase: string,
  binding: Pick<KeyFile, 'vaultId' | 'databaseSalt'>,
  params: KdfParams = DEFAULT_KDF,
): Promise<KeyFile['passphrase']> {
  const kdf = { ...params, salt: randomBytes(16).toString('base64') };
  const wrappingKey = await deriveWrappingKey(passphrase, kdf);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(additionalData(binding));
  const data = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
  wrappingKey.fill(0);
  return {
    kdf,
    wrap: {
      alg: 'A256GCM',
      iv: iv.toString('base64'),
      data: data.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    },
  };
}

/** Returns the database key, or null when the passphrase is wrong (the GCM tag does not verify). */
export async function unwrapDatabaseKey(file: KeyFile, passphrase: string): Promise<Buffer | null> {
  const wrappingKey = await deriveWrappingKey(passphrase, file.passphrase.kdf);
  const { iv, data, tag } = file.passphrase.wrap;
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(iv, 'base64'));
  decipher.setAAD(additionalData(file));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    wrappingKey.fill(0);
  }
}
