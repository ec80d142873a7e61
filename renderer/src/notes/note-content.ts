import { calendarDate } from '../../../shared/dates/calendar-date';
import type { NoteContent } from '../../../shared/notes/note-contract';
import { NOTE_FORMATS, type NoteFormat } from '../../../shared/notes/note-formats';

/**
 * Changes the note's format without losing a word: sections the new format shares keep their text,
 * and text from sections it does not have moves into its first section under the old heading.
 * Returns the titles of the sections whose text moved, so the editor can say so.
 */
export function switchFormat(
  content: NoteContent,
  next: NoteFormat,
): { content: NoteContent; moved: string[] } {
  const target = NOTE_FORMATS[next];
  const keep = new Set<string>(target.map((s) => s.key));
  const body: Record<string, string> = {};
  const moved: { title: string; text: string }[] = [];
  for (const section of NOTE_FORMATS[content.format]) {
    const text = content.body[section.key] ?? '';
    if (keep.has(section.key)) body[section.key] = text;
    else if (text.trim()) moved.push({ title: section.title, text: text.trim() });
  }
  if (moved.length > 0) {
    const first = target[0].key;
    const carried = moved.map((m) => `${m.title}:\n${m.text}`).join('\n\n');
    body[first] = body[first]?.trim() ? `${body[first]}\n\n${carried}` : carried;
  }
  return { content: { ...content, format: next, body }, moved: moved.map((m) => m.title) };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Why the session date cannot be stored as typed, or null when it can, by the main side's own check.
 * A date field holds nothing while a date is half typed or does not exist (30 February), so one
 * message covers both.
 */
export function dateProblem(sessionDate: string): string | null {
  return calendarDate.safeParse(sessionDate).success
    ? null
    : 'Enter a whole date that is on the calendar. Until then the note keeps its last date.';
}

/** Why the session's times cannot be stored as typed, or null when they can. */
export function timeProblem(content: Pick<NoteContent, 'startTime' | 'endTime'>): string | null {
  if (content.startTime && content.endTime && content.endTime <= content.startTime)
    return 'The session must end after it starts. The end time is saved once this is fixed.';
  return null;
}

/**
 * What an autosave sends. A half-typed date or an end time before the start would make the main side
 * refuse the whole save, and with it every word typed since; those fields keep their last stored
 * value (the editor shows why) while the rest is saved.
 */
export function savePayload(content: NoteContent, lastSaved: NoteContent): NoteContent {
  const startTime =
    content.startTime === '' || TIME.test(content.startTime) ? content.startTime : lastSaved.startTime;
  let endTime = content.endTime === '' || TIME.test(content.endTime) ? content.endTime : lastSaved.endTime;
  if (timeProblem({ startTime, endTime })) endTime = '';
  const sections = new Set<string>(NOTE_FORMATS[content.format].map((s) => s.key));
  return {
    ...content,
    sessionDate: dateProblem(content.sessionDate) ? lastSaved.sessionDate : content.sessionDate,
    startTime,
    endTime,
    body: Object.fromEntries(Object.entries(content.body).filter(([key]) => sections.has(key))),
    goalWork: content.format === 'GIRP' ? content.goalWork : [],
  };
}

/** The whole progress note as plain text, for copying out of an editor that can no longer save. */
export function contentAsText(content: NoteContent): string {
  return NOTE_FORMATS[content.format]
    .map((s) => ({ title: s.title, text: (content.body[s.key] ?? '').trim() }))
    .filter((s) => s.text)
    .map((s) => `${s.title}\n${s.text}`)
    .join('\n\n');
}
