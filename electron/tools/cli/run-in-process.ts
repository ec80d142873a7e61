import type { CliOutput } from './cli-io';
import type { CliDependencies } from './cli-printing';
import { runCli } from './run-cli';

/**
 * A reader that stops early (`rapport verify | head -1`) closes the pipe. What is left to print is
 * dropped, the command still finishes and still sets its exit code, and no stack trace appears.
 */
function onOutputError(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') process.exit(1);
}

/** Resolves once everything written to `stream` before it has been handed to the system. */
export function flushed(stream: CliOutput): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * Runs `rapport <argv>` over this process's own streams, for both entry points: the `rapport` bin
 * under Node and the installed app's executable. It returns the exit code only once what was
 * printed has left the process, because the app ends with app.exit(), which does not wait for a
 * pipe (asynchronous on macOS) to drain.
 */
export async function runCliInThisProcess(
  argv: readonly string[],
  dependencies: CliDependencies,
): Promise<number> {
  process.stdout.on('error', onOutputError);
  process.stderr.on('error', onOutputError);
  const code = await runCli(
    argv,
    { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
    dependencies,
  );
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  return code;
}
