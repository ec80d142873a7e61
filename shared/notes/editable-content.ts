import type { Note, NoteContent } from './note-contract';

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
    feedback:
      note.feedback.form === 1
        ? { form: 1, answers: { ...note.feedback.answers } }
        : { ...note.feedback, answers: { ...note.feedback.answers } },
    ruptures: note.ruptures.map((r) => ({
      ...r,
      markers: [...r.markers],
      earlierMarkers: [...r.earlierMarkers],
      repairs: [...r.repairs],
    })),
  };
}
