export const NOTE_FORMATS = {
  SOAP: [
    { key: 'subjective', title: 'Subjective' },
    { key: 'objective', title: 'Objective' },
    { key: 'assessment', title: 'Assessment' },
    { key: 'plan', title: 'Plan' },
  ],
  DAP: [
    { key: 'data', title: 'Data' },
    { key: 'assessment', title: 'Assessment' },
    { key: 'plan', title: 'Plan' },
  ],
  BIRP: [
    { key: 'behaviour', title: 'Behaviour' },
    { key: 'intervention', title: 'Intervention' },
    { key: 'response', title: 'Response' },
    { key: 'plan', title: 'Plan' },
  ],
  GIRP: [
    { key: 'goal', title: 'Goal' },
    { key: 'intervention', title: 'Intervention' },
    { key: 'response', title: 'Response' },
    { key: 'plan', title: 'Plan' },
  ],
} as const;

export type NoteFormat = keyof typeof NOTE_FORMATS;
export const NOTE_FORMAT_KEYS = Object.keys(NOTE_FORMATS) as NoteFormat[];

export const MODALITIES = ['in-person', 'video', 'phone'] as const;
export type Modality = (typeof MODALITIES)[number];
export const MODALITY_LABELS: Record<Modality, string> = {
  'in-person': 'In person',
  video: 'Video',
  phone: 'Phone',
};

export const FEEDBACK_ITEMS = [
  { key: 'heard', text: 'I felt heard and respected' },
  { key: 'focus', text: 'We worked on what I wanted to work on' },
  { key: 'fit', text: 'The way we worked suited me' },
  { key: 'overall', text: 'Overall, today’s session was right for me' },
] as const;
export type FeedbackKey = (typeof FEEDBACK_ITEMS)[number]['key'];

export const RUPTURE_TYPES = ['none', 'withdrawal', 'confrontation'] as const;
export type RuptureType = (typeof RUPTURE_TYPES)[number];
/** Who named the rupture; '' until the clinician answers. */
export const RUPTURE_RAISED_BY = ['', 'client', 'clinician'] as const;
/** How far a rupture was repaired; '' until the clinician answers. */
export const RUPTURE_RESOLUTIONS = ['', 'yes', 'partly', 'no'] as const;
export type RuptureResolution = (typeof RUPTURE_RESOLUTIONS)[number];
export const WITHDRAWAL_MARKERS = [
  'Minimal answers',
  'Deferring or over-agreeing',
  'Changing the subject',
  'Talking about others instead of self',
  'Indirect negative feelings',
] as const;
export const CONFRONTATION_MARKERS = [
  'Criticism of the clinician',
  'Anger or frustration',
  'Questioning the tasks',
  'Questioning the point of therapy',
  'Pushing to control the session',
] as const;
