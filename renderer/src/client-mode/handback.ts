import type { Route } from '../navigation/routes';

/**
 * The client the laptop was handed over for, and the tab it was handed over from: their notes when
 * it was from a note (the note itself is asked for with requestNoteOpen), their overview otherwise.
 * Only an id, held in this page alone: after a reload in client mode the clinician comes back to
 * Home instead.
 */
let handback: { clientId: string; tab: 'notes' | 'overview' } | null = null;

export function setHandback(clientId: string, tab: 'notes' | 'overview'): void {
  handback = { clientId, tab };
}

/** Where the app opens once client mode is left, until the app has opened there. */
export function handbackRoute(): Route | undefined {
  return handback ? { page: 'client', clientId: handback.clientId, tab: handback.tab } : undefined;
}

export function clearHandback(): void {
  handback = null;
}
