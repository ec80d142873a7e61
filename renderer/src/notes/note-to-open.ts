/**
 * Which note the client's notes tab should open when it next appears: set by whatever links to a
 * note (a search result, Home's unsigned notes, the overview's recent notes) just before it shows
 * that client's notes. Only ids are held, and the request is used once.
 */
let requested: { clientId: string; noteId: string } | null = null;

export function requestNoteOpen(clientId: string, noteId: string): void {
  requested = { clientId, noteId };
}

/** The note to open on this client's notes tab, if one was asked for; asking again returns null. */
export function takeRequestedNote(clientId: string): string | null {
  if (requested?.clientId !== clientId) return null;
  const { noteId } = requested;
  requested = null;
  return noteId;
}
