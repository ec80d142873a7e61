/**
 * The last saves each closed editor is still finishing, by note. An editor unmounts at once when the
 * clinician switches notes or pages, but its final saves (the note's and its process note's) run on;
 * a new editor of the same note must read the note only after they have landed, or it would start
 * from the older version.
 */
const pending = new Map<string, Promise<unknown>>();

export function trackSave(noteId: string, save: Promise<unknown>): void {
  const all = Promise.all([pending.get(noteId), save.catch(() => undefined)]);
  pending.set(noteId, all);
  void all.then(() => {
    if (pending.get(noteId) === all) pending.delete(noteId);
  });
}

export async function settledSaves(noteId: string): Promise<void> {
  await pending.get(noteId);
}
