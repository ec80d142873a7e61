import type { CliIo } from './cli-io';
import type { CliDependencies } from './cli-printing';

export interface CommandContext {
  io: CliIo;
  vaultDir: string;
  json: boolean;
  /** The command's own options, by name; undefined when not given. */
  options: Readonly<Record<string, string | undefined>>;
  dependencies: CliDependencies;
}

export interface Command {
  name: string;
  summary: string;
  acceptsJson: boolean;
  /** Options of this command only, each taking a value: name → the word for it in the usage line. */
  options?: Readonly<Record<string, string>>;
  /** Options of this command that take no value; given, they read as 'yes' in `options`. */
  flags?: readonly string[];
  /** The lines of `rapport <name> --help` between the usage line and the exit codes. */
  help: string;
  run(context: CommandContext): Promise<number>;
}
