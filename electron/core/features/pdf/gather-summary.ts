import type { ChannelOutput } from '../../../../shared/contract';
import type { SummarySession, SummarySource } from '../../../../shared/summary/summary-contract';
import { localDay } from '../../../../shared/dates/format-date';
import type { Db } from '../../db/connection';
import { listNotes, noteStats } from '../../db/notes';
import { sessionSummary } from './session-summary';

/** What a summary reads of the other features, as their services answer the UI. */
export interface SummarySources {
  db: () => Db;
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  goals: { get(clientId: string): ChannelOutput<'goals:get'> };
  notes: { alliance(clientId: string): ChannelOutput<'notes:alliance'> };
  practice: { get(): ChannelOutput<'practice:get'> };
}

/**
 * Sessions come from the progress notes alone: the process-notes table is never read on the way
 * to a summary. A note not yet signed is listed (the session happened) without its text, which is
 * not final.
 */
function sessions(db: Db, clientId: string): SummarySession[] {
  const addenda = new Map(noteStats(db, clientId).map((s) => [s.id, s.addendaCount]));
  return listNotes(db, clientId).map((note) => ({
    id: note.id,
    date: note.sessionDate,
    startTime: note.startTime,
    endTime: note.endTime,
    modality: note.modality,
    format: note.format,
    signed: note.signedAt !== null,
    summary: note.signedAt ? sessionSummary(note.format, note.body) : '',
    addenda: addenda.get(note.id) ?? 0,
    rupture: note.rupture.type,
    resolved: note.rupture.resolved,
  }));
}

/** Everything a summary of this client can draw on, read through the same services the app uses. */
export function gatherSummary(sources: SummarySources, clientId: string, now: Date): SummarySource {
  const record = sources.clients.get(clientId);
  const intake = structuredClone(record.intake);
  // The clinician's own reflection is private; it has no business travelling towards a summary.
  intake.cultural.humilityReflection = '';
  return {
    generatedOn: localDay(now),
    practice: sources.practice.get(),
    client: {
      id: record.id,
      chosenName: record.chosenName,
      legalName: record.legalName,
      status: record.status,
      statusDate: record.statusDate,
      statusReason: record.statusReason,
      createdAt: record.createdAt,
      intakeCompletedAt: record.intakeCompletedAt,
      intake,
    },
    plan: sources.goals.get(clientId),
    alliance: sources.notes.alliance(clientId),
    sessions: sessions(sources.db(), clientId),
  };
}
