import { runCliInThisProcess } from './run-in-process';
import { systemBrowserPrinting } from './system-browser-printing';

process.exitCode = await runCliInThisProcess(process.argv.slice(2), { printing: systemBrowserPrinting });
