import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './args';

type Options = Readonly<Record<string, string | undefined>>;

/** The PDF to write, as an absolute path: the commands check it before asking for the passphrase. */
export function outFileFrom(options: Options): string {
  if (!options.out) throw new UsageError('--out is required: the PDF file to write.');
  return resolve(options.out);
}

/**
 * The password for the file, from a variable or a file: never from the command line itself, where
 * other users and shell history would see it. A command that offers no --password-file never has one.
 */
export function pdfPasswordFrom(options: Options, env: NodeJS.ProcessEnv): string | undefined {
  const variable = options['password-env'];
  const file = options['password-file'];
  if (variable !== undefined && file !== undefined) {
    throw new UsageError('Give either --password-env or --password-file, not both.');
  }
  if (variable !== undefined) {
    const password = env[variable];
    if (!password) throw new UsageError(`The environment variable ${variable} is not set.`);
    return password;
  }
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(file), 'utf8');
    } catch {
      throw new UsageError(`The password file ${file} cannot be read.`);
    }
    // The file's first line is the password; the line break an editor adds is not part of it.
    const password = text.split(/\r?\n/)[0] ?? '';
    if (!password) throw new UsageError(`The password file ${file} is empty.`);
    return password;
  }
  return undefined;
}

/** The option a rejected password came from, to name it in the message. */
export function passwordOptionName(options: Options): 'password-file' | 'password-env' {
  return options['password-file'] !== undefined ? 'password-file' : 'password-env';
}
