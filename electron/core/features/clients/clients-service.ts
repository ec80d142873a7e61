import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type {
  clientChannels,
  ClientChange,
  ClientListItem,
  ClientRecord,
} from '../../../../shared/clients/client-contract';
import { CLIENT_STATUSES } from '../../../../shared/clients/client-status';
import { emptyIntake, intakeDraftSchema, type Intake } from '../../../../shared/clients/intake-schema';
import { foldForSearch } from '../../../../shared/text/search-fold';
import { appendAudit } from '../../db/audit';
import { appendChange, listChanges } from '../../db/client-changes';
import * as clients from '../../db/clients';
import * as consent from '../../db/consent';
import type { Db } from '../../db/connection';
import * as intakes from '../../db/intakes';
import { readStoredIntake } from './stored-intake';
import { AppError } from '../../base/app-error';
import { diffRecords } from './record-diff';
import { retentionFacts } from '../../db/last-service';
import { isDestroyed } from '../../db/record-destruction';
import { readRetentionRule } from '../../db/retention-rule';
import { retentionOf } from '../../../../shared/retention/client-retention';

type Input<C extends keyof typeof clientChannels> = z.output<(typeof clientChannels)[C]['input']>;

/** The vault has one user; the CLI writes as itself so history can tell the two apart. */
export type Actor = 'clinician' | 'command line';

function searchKey(chosenName: string, legalName: string): string {
  return foldForSearch(`${chosenName} ${legalName}`);
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export class ClientsService {
  constructor(
    private readonly db: () => Db,
    private readonly actor: Actor = 'clinician',
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** How many clients the vault holds, of every status: a count, never who. */
  count(): number {
    return clients.countClients(this.db());
  }

  list(input: Input<'clients:list'>): ClientListItem[] {
    const statuses = input.statuses ?? CLIENT_STATUSES.filter((s) => s !== 'archived');
    const rows = clients.listClients(
      this.db(),
      { foldedSearch: foldForSearch(input.search), statuses },
      input.sort,
      this.now().toISOString(),
    );
    return rows.map((r) => ({
      id: r.id,
      chosenName: r.chosenName,
      legalName: r.legalName,
      status: r.status,
      intakeComplete: r.intakeCompletedAt !== null,
      updatedAt: r.updatedAt,
      lastSession: r.lastSession || null,
      nextAppointmentAt: r.nextAppointmentAt,
    }));
  }

  createEnquiry(input: Input<'clients:createEnquiry'>): { id: string } {
    const db = this.db();
    const id = randomUUID();
    const at = this.now().toISOString();
    const intake = emptyIntake(input.chosenName);
    Object.assign(intake.identity, {
      legalName: input.legalName,
      email: input.email,
      phone: input.phone,
      referralSource: input.referralSource,
    });
    db.transaction(() => {
      clients.insertClient(db, {
        id,
        chosenName: input.chosenName,
        legalName: input.legalName,
        enquiryNote: input.note,
        createdAt: at,
        searchKey: searchKey(input.chosenName, input.legalName),
      });
      intakes.writeIntake(db, id, intake, 0, at);
      appendChange(db, { clientId: id, at, actor: this.actor, kind: 'created', changes: [] });
      appendAudit(db, { action: 'client.created', entity: 'client', entityId: id });
      // A client who starts now is active from today, and their history says so like any later change.
      if (input.startAs === 'active')
        this.applyStatus(db, { id, status: 'active', date: '', reason: '' }, at);
    })();
    return { id };
  }

  get(id: string): ClientRecord {
    const db = this.db();
    const record = this.read(db, id);
    appendAudit(db, { action: 'client.viewed', entity: 'client', entityId: id });
    return record;
  }

  /**
   * The client's intake as saved, for a service that needs some of its answers (the risk history):
   * not a view of the client, so not recorded as one, and without the rest of the record.
   */
  intake(id: string): Intake {
    const db = this.db();
    const client = this.requireClient(db, id);
    const stored = intakes.getIntake(db, id);
    return stored ? readStoredIntake(stored.data) : emptyIntake(client.chosenName);
  }

  history(id: string): ClientChange[] {
    const db = this.db();
    this.requireClient(db, id);
    return listChanges(db, id);
  }

  saveDraft(input: Input<'intake:saveDraft'>): { savedAt: string } {
    const db = this.db();
    this.requireClient(db, input.clientId);
    const savedAt = this.now().toISOString();
    intakes.writeDraft(db, input.clientId, {
      data: input.data,
      step: input.step,
      baseRevision: input.baseRevision,
      savedAt,
    });
    return { savedAt };
  }

  discardDraft(clientId: string): null {
    const db = this.db();
    this.requireClient(db, clientId);
    intakes.deleteDraft(db, clientId);
    return null;
  }

  /**
   * Saves the intake, records each changed field in the history and clears the draft, all in one
   * transaction. `baseRevision` is the revision the form was opened at: if the record moved on
   * since (another window, the command line), the save is refused rather than overwriting it.
   */
  saveIntake(input: Input<'intake:save'>): ClientRecord {
    const db = this.db();
    const at = this.now().toISOString();
    db.transaction(() => {
      const client = this.requireClient(db, input.clientId);
      const stored = intakes.getIntake(db, input.clientId);
      const revision = stored?.revision ?? 0;
      if (input.baseRevision !== revision) {
        throw new AppError(
          'CONFLICT',
          'This intake was changed somewhere else since you opened it. Reopen it to see the latest version.',
        );
      }
      const before = stored ? stored.data : emptyIntake(client.chosenName);
      const changes = diffRecords(before, input.data);
      if (changes.length > 0) {
        intakes.writeIntake(db, input.clientId, input.data, revision + 1, at);
        const { chosenName, legalName, dateOfBirth } = input.data.identity;
        clients.updateClientIdentity(db, input.clientId, {
          chosenName,
          legalName,
          dateOfBirth,
          searchKey: searchKey(chosenName, legalName),
          at,
        });
        appendChange(db, {
          clientId: input.clientId,
          at,
          actor: this.actor,
          kind: 'intake',
          changes,
        });
        appendAudit(db, { action: 'client.intake-changed', entity: 'client', entityId: input.clientId });
      }
      if (input.markComplete && !client.intakeCompletedAt) {
        this.requireConsentOrReason(db, input.clientId, input.withoutConsentReason, at);
        clients.markIntakeComplete(db, input.clientId, at);
      }
      // A draft begun from this revision is what was just saved; one from elsewhere is kept.
      if (intakes.getDraft(db, input.clientId)?.baseRevision === input.baseRevision) {
        intakes.deleteDraft(db, input.clientId);
      }
    })();
    return this.read(db, input.clientId);
  }

  /**
   * Once the practice has an informed consent to sign, an intake is completed only with it signed,
   * or with the clinician's reason for going ahead without it, which is kept with the client.
   */
  private requireConsentOrReason(db: Db, clientId: string, reason: string, at: string): void {
    if (!consent.latestTemplates(db).some((t) => t.kind === 'informed-consent')) return;
    if (consent.hasSignedKind(db, clientId, 'informed-consent')) return;
    if (!reason) {
      throw new AppError(
        'VALIDATION',
        'The client has not signed the informed consent. Ask them to sign it first, or say why the intake is complete without it.',
        {
          issues: [
            {
              path: 'withoutConsentReason',
              message: 'Say why the intake is complete without a signed consent.',
            },
          ],
        },
      );
    }
    consent.writeWaiver(db, clientId, reason, at);
    appendAudit(db, { action: 'client.intake-without-consent', entity: 'client', entityId: clientId });
  }

  changeStatus(input: Input<'clients:changeStatus'>): ClientRecord {
    const db = this.db();
    const at = this.now().toISOString();
    db.transaction(() => this.applyStatus(db, input, at))();
    return this.read(db, input.id);
  }

  private applyStatus(db: Db, input: Input<'clients:changeStatus'>, at: string): void {
    const client = this.requireClient(db, input.id);
    if (client.status === input.status) return;
    const date = input.date || today(this.now());
    const facts = retentionFacts(db, input.id)!;
    const retention =
      input.status === 'archived' || input.status === 'discharged'
        ? retentionOf(facts, readRetentionRule(db), today(this.now())).retainUntil
        : null;
    clients.updateClientStatus(db, input.id, {
      status: input.status,
      date,
      reason: input.reason,
      retainUntil: retention,
      at,
    });
    const changes = diffRecords(
      { status: client.status, date: client.statusDate, reason: client.statusReason },
      { status: input.status, date, reason: input.reason },
    );
    appendChange(db, {
      clientId: input.id,
      at,
      actor: this.actor,
      kind: 'status',
      changes,
    });
    appendAudit(db, {
      action: 'client.status-changed',
      entity: 'client',
      entityId: input.id,
      detail: input.status,
    });
  }

  private requireClient(db: Db, id: string): clients.ClientRow {
    const client = clients.getClient(db, id);
    if (!client || isDestroyed(db, id)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
    return client;
  }

  private read(db: Db, id: string): ClientRecord {
    const client = this.requireClient(db, id);
    const stored = intakes.getIntake(db, id);
    const draft = intakes.getDraft(db, id);
    const intake: Intake = stored ? readStoredIntake(stored.data) : emptyIntake(client.chosenName);
    // Worked out afresh on each read: the client may have been seen again, or the rule changed.
    const closed = client.status === 'discharged' || client.status === 'archived';
    const facts = closed ? retentionFacts(db, id) : undefined;
    return {
      ...client,
      retainUntil: facts ? retentionOf(facts, readRetentionRule(db), today(this.now())).retainUntil : null,
      intake,
      revision: stored?.revision ?? 0,
      draft: draft
        ? {
            data: intakeDraftSchema.parse(draft.data),
            step: draft.step,
            baseRevision: draft.baseRevision,
            savedAt: draft.savedAt,
          }
        : null,
    };
  }
}
