import { uiWorkloads } from './ui-workloads';

/*
 * The UI measuring process: Chromium over the real core, on a copy of the cached vault whose
 * folder it is given. Run bundled, like the other measuring process: the harness hands functions
 * to the page as source, which the names tsx adds to every function would break. Prints one JSON
 * object on stdout.
 */
const result = await uiWorkloads(process.argv[2]!, (line) => process.stderr.write(`${line}\n`));
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
