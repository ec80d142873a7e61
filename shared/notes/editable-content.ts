import type { Note, NoteContent } from './note-contract';
import { FEEDBACK_ITEMS, RUPTURE_RAISED_BY, RUPTURE_RESOLUTIONS } from './note-formats';

function oneOf<T extends string>(allowed: readonly T[], value: string): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : allowed[0]!;
}

/** What the editor edits, taken from a stored note. */
export function toContent(note: Note): NoteContent {
  return {
    sessionDate: note.sessionDate,
    startTime: note.startTime,
    endTime: note.endTime,
    modality: note.modality,
    attendees: note.attendees,
    format: note.format,
    body: { ...note.body },
    goalWork: note.goalWork.map((g) => ({ ...g })),
    checklist: note.checklist.map(({ itemId, answer, comment }) => ({ itemId, answer, comment })),
    feedback: Object.fromEntries(
      FEEDBACK_ITEMS.map((f) => [f.key, note.feedback[f.key] ?? null]),
    ) as NoteContent['feedback'],
    rupture: {
      type: note.rupture.type,
      markers: [...note.rupture.markers],
      raisedBy: oneOf(RUPTURE_RAISED_BY, note.rupture.raisedBy),
      repair: note.rupture.repair,
      resolved: oneOf(RUPTURE_RESOLUTIONS, note.rupture.resolved),
    },
  };
}
