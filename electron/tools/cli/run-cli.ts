import { AppError } from '../../core/base/app-error';
import { parseCommandArgs, resolveVaultDir, UsageError } from './args';
import type { CliIo } from './cli-io';
import type { CliDependencies } from './cli-printing';
import { backupCommand } from './backup-command';
import { clientsCommand } from './clients-command';
import type { Command } from './command';
import { EXIT, exitCodeFor } from './exit-codes';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { exportPdfCommand } from './export-pdf-command';
import { exportSuperbillCommand } from './export-superbill-command';
import { infoCommand } from './info-command';
import { initCommand } from './init-command';
import { PromptCancelled } from './prompt';
import { restoreCommand } from './restore-command';
import { seedDemoCommand } from './seed-demo-command';
import { commandHelp, globalHelp } from './usage';
import { verifyCommand } from './verify-command';

const COMMANDS: readonly Command[] = [
  initCommand,
  infoCommand,
  verifyCommand,
  clientsCommand,
  seedDemoCommand,
  exportPdfCommand,
  exportSuperbillCommand,
  backupCommand,
  restoreCommand,
  exportCommand,
  importCommand,
];

/** The file system or the disk refused: the person can act on these (permissions, space, a path). */
const FILE_ERROR_CODES = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'ENOENT',
  'ENOTDIR',
  'EISDIR',
  'EBUSY',
]);
const SQLITE_FILE_ERROR = /^SQLITE_(FULL|CANTOPEN|READONLY|IOERR)/;

/**
 * Runs one `rapport` invocation and returns its exit code. It never throws: every failure becomes
 * one line on stderr, so a stack trace (or a stored value quoted in one) never reaches a terminal.
 * `dependencies` come from the entry point: the `rapport` bin under Node, or the installed app.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  dependencies: CliDependencies,
): Promise<number> {
  try {
    return await dispatch(argv, io, dependencies);
  } catch (error) {
    const { code, message } = describeFailure(error);
    io.stderr.write(`rapport: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return code;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, dependencies: CliDependencies): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(globalHelp(COMMANDS, io.env));
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : findCommand(topic);
    io.stdout.write(command ? commandHelp(command, io.env) : globalHelp(COMMANDS, io.env));
    return EXIT.ok;
  }
  const command = findCommand(name);
  const args = parseCommandArgs(rest, {
    json: command.acceptsJson,
    options: Object.keys(command.options ?? {}),
    flags: command.flags,
  });
  if (args.help) {
    io.stdout.write(commandHelp(command, io.env));
    return EXIT.ok;
  }
  return command.run({
    io,
    json: args.json,
    vaultDir: resolveVaultDir(args.vault, io.env),
    options: args.options,
    dependencies,
  });
}

function findCommand(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    const names = COMMANDS.map((candidate) => candidate.name).join(', ');
    throw new UsageError(`Unknown command "${name}" (the commands are ${names}).`);
  }
  return command;
}

function describeFailure(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) {
    return { code: EXIT.usage, message: `${error.message} Run "rapport --help" for usage.` };
  }
  if (error instanceof PromptCancelled) return { code: EXIT.cancelled, message: 'Cancelled.' };
  if (error instanceof AppError) return { code: exitCodeFor(error.code), message: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (FILE_ERROR_CODES.has(code) || SQLITE_FILE_ERROR.test(code))) {
    // These messages name an operation and a path ("EACCES: permission denied, mkdir '/x'",
    // "unable to open database file"), never stored data.
    return { code: EXIT.io, message: `Could not read or write a file: ${(error as Error).message}.` };
  }
  const kind = error instanceof Error ? error.name : typeof error;
  return { code: EXIT.internal, message: `An unexpected error stopped rapport (${kind}).` };
}
