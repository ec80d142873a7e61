/*
 * How to open the vault with the official SQLCipher tool and the recovery key, printed in the
 * custodian package as written here. The steps are true of this vault's format: the recovery key is
 * the 32-byte database key in base32 with a four-letter check group, and the database is SQLCipher 4
 * keyed with that raw key, so no passphrase derivation is involved. A unit test runs these very lines.
 */

/** Where the reader puts their recovery key, and the hex key the first step prints. */
export const RECOVERY_KEY_PLACEHOLDER = '<your recovery key>';
export const HEX_KEY_PLACEHOLDER = '<the 64 hex digits>';

/** A step as printed: paragraphs (strings) and blocks of lines to type exactly, placeholders replaced. */
export type InstructionStep = readonly (string | readonly string[])[];

export const HEX_KEY_SHELL = [
  `KEY='${RECOVERY_KEY_PLACEHOLDER}'`,
  `printf '%s====' "$(echo "$KEY" | tr -d '-' | cut -c1-52)" \\`,
  `  | basenc --base32 -d | od -An -tx1 | tr -d ' \\n'`,
] as const;

/** The first line starts Python; the others are typed at its prompt. */
export const HEX_KEY_PYTHON = [
  'python3',
  'import base64',
  `key = '${RECOVERY_KEY_PLACEHOLDER}'`,
  `print(base64.b32decode(key.replace('-', '')[:52] + '====').hex())`,
] as const;

/** The first line starts the tool in the copy's folder; the others are typed at its prompt. */
export const SQLCIPHER_SESSION = [
  'sqlcipher rapport.db',
  `PRAGMA key = "x'${HEX_KEY_PLACEHOLDER}'";`,
  'PRAGMA cipher_compatibility = 4;',
  '.tables',
] as const;

/** What tools built on SQLite3 Multiple Ciphers (not the official one) need before the key. */
export const SQLITE3MC_BEFORE_KEY = ["PRAGMA cipher = 'sqlcipher';", 'PRAGMA legacy = 4;'] as const;

export const SQLCIPHER_EXPORT = [
  '.headers on',
  '.mode csv',
  '.once clients.csv',
  'SELECT * FROM clients;',
] as const;

export const OPEN_WITHOUT_RAPPORT: readonly InstructionStep[] = [
  [
    'Copy the vault folder (or one of its backup folders) to another place and work only on the copy. Copy rapport.db together with rapport.db-wal if there is one beside it: the two are one database.',
  ],
  [
    'Install the official SQLCipher command-line tool, sqlcipher, version 4 or later (from Zetetic, the makers of SQLCipher, or your system’s packages). Version 3 cannot read this vault.',
  ],
  [
    'Turn the recovery key into the 64-digit hex key: drop the dashes and the last group of four (a checksum), then decode the rest as base32. In a Linux terminal:',
    HEX_KEY_SHELL,
    'Or, anywhere Python 3 is installed (macOS, Windows, Linux; on Windows start it with py):',
    HEX_KEY_PYTHON,
  ],
  [
    'In the folder of the copy, open the database and give the key as the very first statement:',
    SQLCIPHER_SESSION,
    `The raw key in the x'…' form needs no other setting. A wrong key fails at the first statement that reads the file, with “file is not a database”. Tools built on SQLite3 Multiple Ciphers instead need ${SQLITE3MC_BEFORE_KEY.join(' and ')} before the key.`,
  ],
  [
    'Each table can then be saved as a spreadsheet file, for example the clients:',
    SQLCIPHER_EXPORT,
    'Notes, intakes and plans are kept as JSON text in their tables (notes, intakes, plan_versions, goals). The file rapport.key is not needed: it only holds the key locked with the clinician’s passphrase.',
  ],
];
