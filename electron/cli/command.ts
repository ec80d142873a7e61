import type { CliIo } from './cli-io';

export interface CommandContext {
  io: CliIo;
  vaultDir: string;
  json: boolean;
}

export interface Command {
  name: string;
  summary: string;
  acceptsJson: boolean;
  /** The lines of `rapport <name> --help` between the usage line and the exit codes. */
  help: string;
  run(context: CommandContext): Promise<number>;
}
