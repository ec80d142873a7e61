import { resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { vaultDirFromEnv } from '../../core/vault/location';

/** The person typed something rapport does not understand: exit code 2, with a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommandArgs {
  vault: string | undefined;
  json: boolean;
  help: boolean;
  options: Record<string, string | undefined>;
}

/** Every command takes --vault and --help; only some also print JSON or take flags. Unknown options are refused. */
export function parseCommandArgs(
  args: readonly string[],
  accepts: { json: boolean; options?: readonly string[]; flags?: readonly string[] },
): CommandArgs {
  const options: ParseArgsOptionsConfig = {
    vault: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  if (accepts.json) options.json = { type: 'boolean' };
  const own = accepts.options ?? [];
  for (const name of own) options[name] = { type: 'string' };
  const flags = accepts.flags ?? [];
  for (const name of flags) options[name] = { type: 'boolean' };
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(firstSentence(error.message));
    throw error;
  }
  if (values.vault === '') throw new UsageError('--vault needs a folder path.');
  return {
    vault: values.vault as string | undefined,
    json: values.json === true,
    help: values.help === true,
    options: Object.fromEntries([
      ...own.map((name) => [name, values[name] as string | undefined]),
      // A flag given reads as 'yes', so a command's options stay one record of strings.
      ...flags.map((name) => [name, values[name] === true ? 'yes' : undefined]),
    ]),
  };
}

/** --vault wins over RAPPORT_VAULT, which wins over the folder the app itself uses. */
export function resolveVaultDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag === undefined ? vaultDirFromEnv(env) : resolve(flag);
}

function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Node's messages go on to explain `--` for positionals, which no rapport command takes. */
function firstSentence(message: string): string {
  const end = message.indexOf('. ');
  return `${end < 0 ? message : message.slice(0, end)}.`.replace(/\.\.$/, '.');
}
