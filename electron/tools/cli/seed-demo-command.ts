import type { DemoSummary } from '../demo/demo-summary';
import { APP_DEMO, seedDemo, type DemoOptions } from '../demo/seed-demo';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { withUnlockedVault } from './unlocked-vault';

function whole(name: string, given: string | undefined, fallback: number, max: number): number {
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!/^\d+$/.test(given) || value < 1 || value > max) {
    throw new UsageError(`--${name} takes a whole number from 1 to ${max}.`);
  }
  return value;
}

/** Options are checked before the passphrase is asked for, so a typo never costs an unlock. */
function demoOptions(options: Readonly<Record<string, string | undefined>>, today: string): DemoOptions {
  const until = options.until ?? today;
  // Date.parse rolls 30 February over into March, so the day must come back unchanged.
  const day = Date.parse(`${until}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(until) ||
    Number.isNaN(day) ||
    new Date(day).toISOString().slice(0, 10) !== until
  ) {
    throw new UsageError('--until takes a date as YYYY-MM-DD.');
  }
  const seed = options.seed ?? APP_DEMO.seed;
  if (seed.length === 0 || seed.length > 100) throw new UsageError('--seed takes 1 to 100 characters.');
  return {
    clients: whole('clients', options.clients, APP_DEMO.clients, 5000),
    years: whole('years', options.years, APP_DEMO.years, 30),
    seed,
    until,
  };
}

function formatSummary(summary: DemoSummary, seconds: number): string {
  const statuses = Object.entries(summary.byStatus)
    .map(([status, n]) => `${n} ${status}`)
    .join(', ');
  const formats = Object.entries(summary.byFormat)
    .map(([format, n]) => `${n} ${format}`)
    .join(', ');
  return [
    `clients         ${summary.clients} (${statuses})`,
    `notes           ${summary.notes} (${formats}); ${summary.signedNotes} signed`,
    `addenda         ${summary.addenda}`,
    `process notes   ${summary.processNotes}`,
    `ruptures        ${summary.ruptures}`,
    `plan versions   ${summary.planVersions}`,
    `client ratings  ${summary.clientRatings}`,
    `time            ${seconds.toFixed(1)} s`,
    '',
  ].join('\n');
}

export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Fill an empty vault with invented demo clients, sessions and notes.',
  acceptsJson: true,
  options: { clients: 'N', years: 'Y', seed: 'S', until: 'DATE' },
  help: `Writes invented clients into a vault that has none yet: intakes with cultural backgrounds in
many scripts, goal plans with versions and ratings, weekly-ish sessions with notes in all four
formats, checklist and feedback scores that drift, ruptures and repairs, addenda, process notes,
discharges and archives. Everything is written through the same services the app uses. No entry
describes a real person; phone numbers and email addresses are from ranges kept for fiction.

  --clients N    how many clients (default ${APP_DEMO.clients})
  --years Y      how many years of practice, ending on --until (default ${APP_DEMO.years})
  --seed S       the same seed and --until write the same records (default ${APP_DEMO.seed})
  --until DATE   the last day of the practice's history, YYYY-MM-DD (default today)
  --json         print the counts as one JSON object

A vault that already has clients is refused (exit code 7), so demo records never mix with real
ones. Create an empty vault first with "rapport init".`,

  async run({ io, vaultDir, json, options }) {
    const demo = demoOptions(options, new Date().toISOString().slice(0, 10));
    const { summary, seconds } = await withUnlockedVault(io, vaultDir, ({ session }) => {
      const started = performance.now();
      let shown = 0;
      const written = seedDemo(session.db(), demo, (done, total) => {
        const percent = Math.floor((100 * done) / total);
        if (io.stderr.isTTY && percent >= shown + 10) {
          shown = percent;
          io.stderr.write(`Writing demo clients: ${done} of ${total}\n`);
        }
      });
      return { summary: written, seconds: (performance.now() - started) / 1000 };
    });
    io.stdout.write(
      json
        ? `${JSON.stringify({ ...summary, seconds: Math.round(seconds * 10) / 10 }, null, 2)}\n`
        : formatSummary(summary, seconds),
    );
    return EXIT.ok;
  },
};
