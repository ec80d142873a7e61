import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';
import { LONG, SHORT } from '../clients/intake-schema';
import { CHECKLIST_ANSWERS } from './checklist-defaults';
import { feedback, feedbackRead } from './feedback-schema';
import { MODALITIES, NOTE_FORMAT_KEYS, NOTE_FORMATS, type NoteFormat } from './note-formats';
import { ruptureEvent, ruptureEventRead } from './rupture-schema';
import { RUPTURE_KINDS, RUPTURE_OUTCOMES } from './rupture-lists';

const id = z.uuid('Unknown record.');
const short = z.string().max(SHORT, 'Keep this under 500 characters.');
const long = z.string().max(LONG, 'Keep this under 20,000 characters.');
const clock = z.union([
  z.literal(''),
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 14:30.'),
]);
const level = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);
const groupKey = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Unknown checklist group.');
const groupTitle = z
  .string()
  .max(120, 'Keep a group’s name under 120 characters.')
  .refine((s) => s.trim().length > 0, 'A group needs a name.');

export const checklistAnswer = z.strictObject({
  itemId: z.number().int().positive(),
  answer: z.enum(CHECKLIST_ANSWERS).nullable(),
  comment: short.default(''),
});

export const checklistEntry = z.object({
  itemId: z.number(),
  group: z.string(),
  text: z.string(),
  answer: z.enum(CHECKLIST_ANSWERS).nullable(),
  comment: z.string(),
});

export const goalWork = z.strictObject({
  goalKey: id,
  note: long.default(''),
  level: level.nullable().default(null),
});

/** What the clinician edits in a note; the checklist's items themselves are fixed when the note starts. */
export const noteContent = z
  .strictObject({
    sessionDate: calendarDate,
    startTime: clock.default(''),
    endTime: clock.default(''),
    modality: z.enum(MODALITIES),
    attendees: short.default(''),
    format: z.enum(NOTE_FORMAT_KEYS as [NoteFormat, ...NoteFormat[]]),
    body: z.record(z.string().max(40), long).default({}),
    goalWork: z.array(goalWork).max(20).default([]),
    checklist: z.array(checklistAnswer).max(200).default([]),
    feedback,
    ruptures: z.array(ruptureEvent).max(20, 'Record at most 20 ruptures in one session.').default([]),
  })
  .superRefine((note, ctx) => {
    const allowed = new Set<string>(NOTE_FORMATS[note.format].map((s) => s.key));
    for (const key of Object.keys(note.body)) {
      if (!allowed.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['body', key],
          message: `A ${note.format} note has no “${key}” section.`,
        });
    }
    if (note.startTime && note.endTime && note.endTime <= note.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'The session must end after it starts.' });
    }
  });

/** Which fingerprint format a signature uses, and whether the record still matches it. */
export const signatureState = z.object({ version: z.number(), intact: z.boolean() });

export const note = z.object({
  id: z.string(),
  clientId: z.string(),
  appointmentId: z.string().nullable(),
  sessionDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  modality: z.enum(MODALITIES),
  attendees: z.string(),
  format: z.enum(NOTE_FORMAT_KEYS as [NoteFormat, ...NoteFormat[]]),
  body: z.record(z.string(), z.string()),
  goalWork: z.array(z.object({ goalKey: z.string(), note: z.string(), level: level.nullable() })),
  checklist: z.array(checklistEntry),
  feedback: feedbackRead,
  ruptures: z.array(ruptureEventRead),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  /** The clinician's name and credentials at signing (format 2); null before signing or for format 1. */
  signedBy: z.string().nullable(),
  contentHash: z.string().nullable(),
  /** A signed note's fingerprint, recomputed when it was read: intact, or changed since signing. */
  signature: signatureState.nullable(),
  addenda: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      signedAt: z.string(),
      signedBy: z.string().nullable(),
      contentHash: z.string(),
      signature: signatureState,
    }),
  ),
  processNote: z.object({ body: z.string(), updatedAt: z.string() }).nullable(),
});

export const noteSummary = z.object({
  id: z.string(),
  sessionDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  modality: z.enum(MODALITIES),
  format: z.enum(NOTE_FORMAT_KEYS as [NoteFormat, ...NoteFormat[]]),
  signedAt: z.string().nullable(),
  preview: z.string(),
  ruptures: z.number(),
  ruptureKind: z.enum(['none', ...RUPTURE_KINDS]),
  addendaCount: z.number(),
  hasProcessNote: z.boolean(),
});

export const searchHit = z.object({
  noteId: z.string(),
  /** A signed note whose fingerprint no longer matches: shown as such, never silently. */
  signatureChanged: z.boolean(),
  clientId: z.string(),
  chosenName: z.string(),
  sessionDate: z.string(),
  format: z.string(),
  /** The matching passage, as plain text pieces; `match` marks the words that matched. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
});

export const alliancePoint = z.object({
  noteId: z.string(),
  date: z.string(),
  /** Share of answered checklist items observed (partly counts half), 0–100, or null if none answered. */
  checklist: z.number().nullable(),
  /** Mean of the client's feedback answers on the form they were given on, or null if none given. */
  feedback: z.number().nullable(),
  /** Form 1 runs 0–10, form 2 1–5: a trend never joins scores of different forms. */
  feedbackForm: z.union([z.literal(1), z.literal(2)]),
  ruptures: z.number(),
  ruptureKind: z.enum(['none', ...RUPTURE_KINDS]),
  /** The least resolved outcome of the session's ruptures; 'none' when all were resolved. */
  ruptureOpen: z.enum(['none', ...RUPTURE_OUTCOMES.filter((o) => o !== 'resolved')] as [string, ...string[]]),
  /** Set when either score fell clearly below the client's recent sessions. */
  drop: z.boolean(),
});

export const checklistGroup = z.object({
  key: z.string(),
  title: z.string(),
  position: z.number(),
  active: z.boolean(),
  /** Built-in groups come with Rapport; the clinician's own can be renamed and retired. */
  origin: z.enum(['built-in', 'clinician']),
});

export const checklistItem = z.object({
  id: z.number(),
  group: z.string(),
  text: z.string(),
  active: z.boolean(),
  position: z.number(),
});

export const noteChannels = {
  'notes:list': { input: z.strictObject({ clientId: id }), output: z.array(noteSummary) },
  'notes:get': { input: z.strictObject({ id }), output: note },
  'notes:create': {
    input: z.strictObject({
      clientId: id,
      sessionDate: calendarDate,
      startTime: clock.default(''),
      endTime: clock.default(''),
      modality: z.enum(MODALITIES).default('in-person'),
      format: z.enum(NOTE_FORMAT_KEYS as [NoteFormat, ...NoteFormat[]]),
    }),
    output: note,
  },
  'notes:save': {
    input: z.strictObject({ id, baseUpdatedAt: z.string().max(40), content: noteContent }),
    output: z.object({ updatedAt: z.string() }),
  },
  'notes:saveProcessNote': {
    input: z.strictObject({ noteId: id, body: long }),
    output: z.object({ updatedAt: z.string() }),
  },
  'notes:sign': { input: z.strictObject({ id }), output: note },
  'notes:addAddendum': {
    input: z.strictObject({
      noteId: id,
      body: long.refine((s) => s.trim().length > 0, 'Write the addendum first.'),
    }),
    output: note,
  },
  'notes:search': {
    input: z.strictObject({
      query: z.string().max(200),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.array(searchHit),
  },
  'notes:alliance': { input: z.strictObject({ clientId: id }), output: z.array(alliancePoint) },
  'notes:unsigned': {
    input: z.strictObject({}),
    output: z.array(
      z.object({ noteId: z.string(), clientId: z.string(), chosenName: z.string(), sessionDate: z.string() }),
    ),
  },
  'notes:openRuptures': {
    input: z.strictObject({}),
    output: z.array(
      z.object({
        noteId: z.string(),
        clientId: z.string(),
        chosenName: z.string(),
        sessionDate: z.string(),
        ruptures: z.number(),
        kind: z.enum(RUPTURE_KINDS),
        open: z.enum(['', 'partly', 'unresolved', 'unclear']),
      }),
    ),
  },
  'checklist:list': { input: z.strictObject({}), output: z.array(checklistItem) },
  'checklist:groups': { input: z.strictObject({}), output: z.array(checklistGroup) },
  'checklist:saveGroups': {
    input: z.strictObject({
      /** Every group in its new order; a built-in group's name and state are its own. */
      groups: z
        .array(
          z.strictObject({
            key: groupKey.optional(),
            title: groupTitle,
            active: z.boolean().default(true),
          }),
        )
        .max(60),
    }),
    output: z.array(checklistGroup),
  },
  'checklist:save': {
    input: z.strictObject({
      items: z
        .array(
          z.strictObject({
            id: z.number().int().positive().optional(),
            group: groupKey,
            text: short.refine((s) => s.trim().length > 0, 'An item needs some words.'),
            active: z.boolean().default(true),
          }),
        )
        .max(100),
    }),
    output: z.array(checklistItem),
  },
} as const;

export type Note = z.output<typeof note>;
/** A note as its row holds it, decoded: the note without what other tables keep of it. */
export type NoteRecord = Omit<Note, 'addenda' | 'processNote'>;
export type NoteContent = z.output<typeof noteContent>;
export type NoteSummary = z.output<typeof noteSummary>;
export type SearchHit = z.output<typeof searchHit>;
export type AlliancePoint = z.output<typeof alliancePoint>;
export type ChecklistItem = z.output<typeof checklistItem>;
export type ChecklistGroupRow = z.output<typeof checklistGroup>;
