import type { ClientListItem } from '../../../shared/clients/client-contract';
import { CLIENT_STATUSES, type ClientStatus } from '../../../shared/clients/client-status';
import { UsageError } from './args';
import type { Command } from './command';
import { EXIT } from './exit-codes';
import { withUnlockedVault } from './unlocked-vault';

function parseStatuses(value: string | undefined): ClientStatus[] | undefined {
  if (value === undefined) return undefined;
  const statuses = value.split(',').map((s) => s.trim());
  const unknown = statuses.filter((s) => !(CLIENT_STATUSES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new UsageError(`Unknown status "${unknown[0]}" (the statuses are ${CLIENT_STATUSES.join(', ')}).`);
  }
  return statuses as ClientStatus[];
}

function formatTable(clients: readonly ClientListItem[]): string {
  const rows = clients.map((c) => [c.id, c.status, c.lastSession ?? '-', c.chosenName]);
  const widths = [36, 10, 12];
  const header = ['id', 'status', 'last', 'name'];
  return [header, ...rows]
    .map((row) => row.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]!) : cell)).join('  '))
    .join('\n')
    .concat('\n');
}

export const clientsCommand: Command = {
  name: 'clients',
  summary: 'List the clients (id, status, last session, name); --json for scripts.',
  acceptsJson: true,
  options: { search: 'TEXT', status: 'LIST' },
  help: `Unlocks the vault and lists its clients through the same service as the app's client list:
archived clients are left out unless --status names them. Reading the list is recorded in the
vault's audit log as an unlock and a lock.

  --search TEXT   only clients whose name matches (any case, accents ignored)
  --status LIST   only these statuses, comma-separated: ${CLIENT_STATUSES.join(', ')}
  --json          print the list as JSON (an array of objects)`,

  async run({ io, vaultDir, json, options }) {
    const statuses = parseStatuses(options.status);
    const clients = await withUnlockedVault(io, vaultDir, ({ services }) =>
      services.clients.list({ search: options.search ?? '', statuses, sort: 'name' }),
    );
    io.stdout.write(json ? `${JSON.stringify(clients, null, 2)}\n` : formatTable(clients));
    return EXIT.ok;
  },
};
