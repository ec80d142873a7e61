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
