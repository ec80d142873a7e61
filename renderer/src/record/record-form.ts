import { z } from 'zod';
import { addDays } from '../../../shared/dates/practice-time';
import type { NoteSummary } from '../../../shared/notes/note-contract';
import {
  RECORD_SCOPES,
  recordPurpose,
  recordRecipient,
  type RecordRequest,
  type RecordScope,
} from '../../../shared/record/record-contract';
import { checkPassword, checkPeriodOrder, optionalDay, pdfFileFields } from '../pdf-export/pdf-file-form';

/** The record dialog's form: what to print, for whom and why, and the file's paper and password. */
export const recordForm = z
  .object({
    scope: z.enum(RECORD_SCOPES),
    from: optionalDay,
    to: optionalDay,
    includeDrafts: z.boolean(),
    processNoteIds: z.array(z.string()),
    recipient: recordRecipient,
    purpose: recordPurpose,
    ...pdfFileFields,
  })
  .superRefine((form, ctx) => {
    if (form.scope === 'period') {
      if (!form.from) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Enter the first day.' });
      if (!form.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Enter the last day.' });
      checkPeriodOrder(form, ctx);
    }
    checkPassword(form, ctx);
  });

export type RecordForm = z.output<typeof recordForm>;

/** Opened on a note, that note; otherwise the last three months, a records request's usual reach. */
export function defaultRecordForm(today: string, noteId: string | undefined): RecordForm {
  return {
    scope: noteId ? 'note' : 'period',
    from: addDays(today, -91),
    to: today,
    includeDrafts: false,
    processNoteIds: [],
    recipient: '',
    purpose: '',
    paper: 'A4',
    protect: true,
    password: '',
    confirmation: '',
  };
}

/** The notes the form's choices print, from the client's list: what the main side will print too. */
export function notesInScope(
  notes: readonly NoteSummary[],
  form: Pick<RecordForm, 'scope' | 'from' | 'to' | 'includeDrafts'>,
  noteId: string | undefined,
): NoteSummary[] {
  if (form.scope === 'note') return notes.filter((n) => n.id === noteId);
  return notes
    .filter(
      (n) =>
        (form.includeDrafts || n.signedAt !== null) &&
        (form.scope === 'all' || (n.sessionDate >= form.from && n.sessionDate <= form.to)),
    )
    .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate) || a.startTime.localeCompare(b.startTime));
}

export function toRecordRequest(
  clientId: string,
  noteId: string | undefined,
  form: RecordForm,
  printed: readonly NoteSummary[],
): RecordRequest {
  const inScope = new Set(printed.map((n) => n.id));
  const scope: RecordScope = form.scope;
  return {
    clientId,
    scope,
    ...(scope === 'note' ? { noteId } : {}),
    ...(scope === 'period' ? { from: form.from, to: form.to } : {}),
    includeDrafts: form.includeDrafts,
    // A choice made before the period changed is dropped with the note it belonged to.
    processNoteIds: form.processNoteIds.filter((id) => inScope.has(id)),
    recipient: form.recipient,
    purpose: form.purpose,
    paper: form.paper,
    ...(form.protect ? { password: form.password } : {}),
  };
}
