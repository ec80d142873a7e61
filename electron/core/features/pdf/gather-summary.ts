import { MARKER_LABELS, REPAIR_LABELS } from '../../../../shared/notes/rupture-lists';
import type { ChannelOutput } from '../../../../shared/contract';
import type { SummarySession, SummarySource } from '../../../../shared/summary/summary-contract';
import { localDay } from '../../../../shared/dates/format-date';
import type { Db } from '../../db/connection';
import { listChanges } from '../../db/client-changes';
import { listDiagnoses } from '../../db/diagnoses';
import { listAddenda, listNotes } from '../../db/notes';
import { riskSentence } from '../../../../shared/notes/risk-wording';
import { shortFingerprint } from '../../../../shared/notes/short-fingerprint';
import { sessionSummary } from './session-summary';

/** What a summary reads of the other features, as their services answer the UI. */
export interface SummarySources {
  db: () => Db;
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  goals: { get(clientId: string): ChannelOutput<'goals:get'> };
  safetyPlans: { get(clientId: string): ChannelOutput<'safetyPlan:get'> };
  notes: { alliance(clientId: string): ChannelOutput<'notes:alliance'> };
  practice: { get(): ChannelOutput<'practice:get'> };
  risk: { history(clientId: string): ChannelOutput<'risk:history'> };
  measures: { forClient(clientId: string): ChannelOutput<'measures:forClient'> };
}

/**
 * Sessions come from the progress notes alone: the process-notes table is never read on the way
 * to a summary. A note not yet signed is listed (the session happened) without its text, which is
 * not final.
 */
function sessions(db: Db, clientId: string): SummarySession[] {
  return listNotes(db, clientId).map((note) => {
    const addenda = listAddenda(db, note.id);
    return {
      id: note.id,
      date: note.sessionDate,
      startTime: note.startTime,
      endTime: note.endTime,
      modality: note.modality,
      format: note.format,
      signed: note.signedAt !== null,
      summary: note.signedAt ? sessionSummary(note.format, note.body) : '',
      addenda: addenda.map((a) => ({ signedAt: a.signedAt, body: a.body })),
      signedAt: note.signedAt ?? '',
      fingerprint: note.contentHash ? shortFingerprint(note.contentHash) : '',
      // Addenda are signed too, and are where a later finding about risk is often added.
      riskMention: note.signedAt
        ? riskSentence([...Object.values(note.body), ...addenda.map((a) => a.body)])
        : '',
      ruptures: note.ruptures.map((r) => ({
        kind: r.kind,
        markers: [...r.markers.map((m) => MARKER_LABELS[m] ?? m), ...r.earlierMarkers],
        repairs: r.repairs.map((k) => REPAIR_LABELS[k] ?? k),
        outcome: r.outcome,
      })),
    };
  });
}

/** The moment the intake's risk answers were last changed, from the client's history. */
function riskAnsweredAt(db: Db, clientId: string): string | null {
  const change = listChanges(db, clientId).find(
    (c) => c.kind === 'intake' && c.changes.some((d) => d.path.startsWith('risk.')),
  );
  return change?.at ?? null;
}

/** What the client is diagnosed with now: what was ruled out or resolved is history, not a summary's. */
function currentDiagnoses(db: Db, clientId: string): SummarySource['diagnoses'] {
  return listDiagnoses(db, clientId).flatMap(({ code, title, rank, status, madeOn }) =>
    status === 'provisional' || status === 'confirmed' ? [{ code, title, rank, status, madeOn }] : [],
  );
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
      riskAnsweredAt: riskAnsweredAt(sources.db(), clientId),
    },
    diagnoses: currentDiagnoses(sources.db(), clientId),
    plan: sources.goals.get(clientId),
    safetyPlans: sources.safetyPlans.get(clientId).versions.filter((v) => v.agreement !== null),
    alliance: sources.notes.alliance(clientId),
    sessions: sessions(sources.db(), clientId),
    riskReviews: sources.risk.history(clientId).reviews,
    measures: sources.measures.forClient(clientId).entries.filter((e) => e.supersededBy === null),
  };
}
