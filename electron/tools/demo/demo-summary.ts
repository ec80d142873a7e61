import type { NoteFormat } from '../../../shared/notes/note-formats';
import type { ClientStatus } from '../../../shared/clients/client-status';

/** What a seeding run wrote: counts only, never names or text, so it may be printed anywhere. */
export interface DemoSummary {
  clients: number;
  notes: number;
  signedNotes: number;
  addenda: number;
  processNotes: number;
  ruptures: number;
  planVersions: number;
  clientRatings: number;
  appointments: number;
  invoices: number;
  byStatus: Partial<Record<ClientStatus, number>>;
  byFormat: Partial<Record<NoteFormat, number>>;
  /** The most notes any one client has: the benchmark's long-term client. */
  mostNotesForOneClient: number;
}

export function emptySummary(): DemoSummary {
  return {
    clients: 0,
    notes: 0,
    signedNotes: 0,
    addenda: 0,
    processNotes: 0,
    ruptures: 0,
    planVersions: 0,
    clientRatings: 0,
    appointments: 0,
    invoices: 0,
    byStatus: {},
    byFormat: {},
    mostNotesForOneClient: 0,
  };
}

export function count<K extends string>(tally: Partial<Record<K, number>>, key: K): void {
  tally[key] = (tally[key] ?? 0) + 1;
}
