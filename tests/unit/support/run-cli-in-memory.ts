import { PassThrough } from 'node:stream';
import { runCli } from '../../../electron/tools/cli/run-cli';
import { systemBrowserPrinting } from '../../../electron/tools/cli/system-browser-printing';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** runCli in this process over in-memory streams, with no terminal: what it printed and its exit code. */
export async function runCliInMemory(argv: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await runCli(
    argv,
    { env, stdin: new PassThrough(), stdout, stderr },
    { printing: systemBrowserPrinting },
  );
  return { code, stdout: out, stderr: err };
}
