import { defaultVaultDir } from '../../core/vault/location';
import type { Command } from './command';
import { EXIT_CODE_TABLE } from './exit-codes';

function commonHelp(env: NodeJS.ProcessEnv): string {
  return `Where the vault is:
  --vault DIR   the vault folder; otherwise $RAPPORT_VAULT; otherwise the app's own folder,
                here ${defaultVaultDir(env)}

The passphrase:
  Taken from $RAPPORT_PASSPHRASE when it is set (for scripts; other programs of the same user
  can read a process's environment). Otherwise rapport asks for it at the terminal and nothing
  typed is shown. When standard input is not a terminal and $RAPPORT_PASSPHRASE is not set,
  rapport stops at once with exit code 2 rather than wait.

Output:
  Results go to standard output. Prompts go to standard error, and so do problems, as a single
  line "rapport: <message>".`;
}

export function globalHelp(commands: readonly Command[], env: NodeJS.ProcessEnv): string {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  const list = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join('\n');
  return `rapport: the command line of Rapport, over the same vault as the app.

Usage: rapport <command> [options]
       rapport <command> --help

Commands:
${list}

${commonHelp(env)}

${EXIT_CODE_TABLE}
`;
}

export function commandHelp(command: Command, env: NodeJS.ProcessEnv): string {
  const own = [
    ...Object.entries(command.options ?? {}).map(([name, value]) => ` [--${name} ${value}]`),
    ...(command.flags ?? []).map((name) => ` [--${name}]`),
  ];
  const options = `[--vault DIR]${own.join('')}${command.acceptsJson ? ' [--json]' : ''}`;
  return `Usage: rapport ${command.name} ${options}

${command.help}

${commonHelp(env)}

${EXIT_CODE_TABLE}
`;
}
