import { CLIENT_STATUSES } from '../../shared/clients/client-status';
import type { Intake } from '../../shared/clients/intake-schema';
import { intakeRiskAnswered } from '../../shared/risk/intake-risk-answered';
import { appendAudit } from '../../electron/core/db/audit';
import { listChanges } from '../../electron/core/db/client-changes';
import { getClient, listClients } from '../../electron/core/db/clients';
import type { Db } from '../../electron/core/db/connection';
import { listGoals, listRatings, listStatusEvents, listVersions } from '../../electron/core/db/goals';
import { getDraft, getIntake } from '../../electron/core/db/intakes';
import { listDiagnoses, listDiagnosisChanges } from '../../electron/core/db/diagnoses';
import { retentionFacts } from '../../electron/core/db/last-service';
import { readRetentionRule } from '../../electron/core/db/retention-rule';
import {
  changedSignatures,
  getNote,
  listAllianceRows,
  listNoteSummaries,
  updateNoteContent,
} from '../../electron/core/db/notes';
import { listObjectiveReviews } from '../../electron/core/db/objective-reviews';
import { listRiskReviews } from '../../electron/core/db/risk-reviews';
import { listSafetyPlanVersions } from '../../electron/core/db/safety-plans';
import type { NoteRecord } from '../../shared/notes/note-contract';
import { indexNote, searchNotes } from '../../electron/core/db/notes-search';

/*
 * The same statements the services run for each workload, called straight through the repository
 * modules with their parameters already worked out: no validation, no JSON decoding, no mapping.
 * Keep these in step with the services they mirror (clients, goals and notes services).
 */

export function bareClientList(db: Db): unknown {
  return listClients(db, { foldedSearch: '', statuses: CLIENT_STATUSES }, 'name', new Date().toISOString());
}

/** risk:history's read of the intake, and of its changes when the intake holds a risk answer. */
function intakeRiskChange(db: Db, clientId: string): unknown {
  const risk = (getIntake(db, clientId)?.data as Intake | undefined)?.risk;
  return risk && intakeRiskAnswered(risk) ? listChanges(db, clientId) : null;
}

/** clients:get, diagnoses:list, goals:get, notes:list, notes:alliance, risk:history and safetyPlan:get, statement for statement. */
export function bareClientPage(db: Db, clientId: string): unknown[] {
  const client = getClient(db, clientId);
  // A closed client's record says until when it is kept (the retention rule and the last service).
  const closed = client?.status === 'discharged' || client?.status === 'archived';
  return [
    client,
    getIntake(db, clientId),
    getDraft(db, clientId),
    closed ? [retentionFacts(db, clientId), readRetentionRule(db)] : null,
    appendAudit(db, { action: 'client.viewed', entity: 'client', entityId: clientId }),
    getClient(db, clientId),
    listDiagnosisChanges(db, clientId),
    listDiagnoses(db, clientId),
    getClient(db, clientId),
    listGoals(db, clientId),
    listVersions(db, clientId),
    listRatings(db, clientId),
    listStatusEvents(db, clientId),
    listObjectiveReviews(db, clientId),
    getClient(db, clientId),
    listNoteSummaries(db, clientId),
    getClient(db, clientId),
    listAllianceRows(db, clientId),
    getClient(db, clientId),
    intakeRiskChange(db, clientId),
    listRiskReviews(db, clientId),
    getClient(db, clientId),
    listSafetyPlanVersions(db, clientId),
  ];
}

/** notes:search's statements: the matches, then whether any hit's signature no longer matches it. */
export function bareSearch(db: Db, match: string): unknown {
  const hits = searchNotes(db, match, 50);
  return [
    hits,
    changedSignatures(
      db,
      hits.map((hit) => hit.noteId),
    ),
  ];
}

/**
 * notes:save's statements: read the draft, write its content and its list fields, re-index its
 * text; one transaction.
 */
export function bareSave(db: Db, next: NoteRecord, searchText: string, hasGoalWork: boolean): void {
  db.transaction(() => {
    getNote(db, next.id);
    if (hasGoalWork) listGoals(db, next.clientId);
    // Writes the note's list fields too, as the service's save does.
    updateNoteContent(db, next);
    indexNote(db, next.id, next.clientId, searchText);
  })();
}
