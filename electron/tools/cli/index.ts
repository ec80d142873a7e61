import { runCli } from './run-cli';

/*
 * A reader that stops early (`rapport verify | head -1`) closes the pipe. What is left to print is
 * dropped, the command still finishes and still sets its exit code, and no stack trace appears.
 */
const onOutputError = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exit(1);
};
process.stdout.on('error', onOutputError);
process.stderr.on('error', onOutputError);

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
