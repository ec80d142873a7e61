import type { Route } from '../navigation/routes';

/**
 * The client whose note the laptop was handed over from, so the clinician comes back to their notes
 * (the note itself is asked for with requestNoteOpen). Only an id, held in this page alone: after a
 * reload in client mode the clinician comes back to Home instead.
 */
let handback: string | null = null;

export function setHandback(clientId: string): void {
  handback = clientId;
}

/** Where the app opens once client mode is left, until the app has opened there. */
export function handbackRoute(): Route | undefined {
  return handback ? { page: 'client', clientId: handback, tab: 'notes' } : undefined;
}

export function clearHandback(): void {
  handback = null;
}
