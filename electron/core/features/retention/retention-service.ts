import type { z } from 'zod';
import type { RetentionRule } from '../../../../shared/clients/retention';
import type {
  ClientRetention,
  DestructionEntryOutput,
  PastRetentionItem,
  retentionChannels,
} from '../../../../shared/retention/retention-contract';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { compact, type Db } from '../../db/connection';
import { closedClientFacts, retentionFacts } from '../../db/last-service';
import {
  BILLING_KINDS,
  countRows,
  deidentifyClient,
  insertDestruction,
  isDestroyed,
  kindsMissing,
  listDestructions,
  RECORD_KINDS,
  removeRows,
  signedNoteIds,
  storeRetainUntil,
} from '../../db/record-destruction';
import { readRetentionRule, writeRetentionRule } from '../../db/retention-rule';
import { retentionOf } from '../../../../shared/retention/client-retention';

type Input<C extends keyof typeof retentionChannels> = z.output<(typeof retentionChannels)[C]['input']>;

/** Proves the person at the keyboard holds the vault's passphrase, or throws WRONG_PASSPHRASE. */
export type PassphraseCheck = (passphrase: string) => Promise<void>;

export class RetentionService {
  constructor(
    private readonly db: () => Db,
    private readonly checkPassphrase: PassphraseCheck,
    private readonly actor: string = 'clinician',
    private readonly now: () => Date = () => new Date(),
  ) {}

  rule(): RetentionRule {
    return readRetentionRule(this.db());
  }

  setRule(rule: RetentionRule): RetentionRule {
    const db = this.db();
    db.transaction(() => {
      writeRetentionRule(db, rule);
      appendAudit(db, { action: 'settings.changed', detail: 'retentionRule' });
    })();
    return rule;
  }

  forClient(clientId: string): ClientRetention {
    const db = this.db();
    const facts = retentionFacts(db, clientId);
    if (!facts || isDestroyed(db, clientId)) throw notHere();
    return retentionOf(facts, readRetentionRule(db), this.today());
  }

  past(): PastRetentionItem[] {
    const db = this.db();
    const rule = readRetentionRule(db);
    const today = this.today();
    return closedClientFacts(db)
      .map((facts) => ({ facts, retention: retentionOf(facts, rule, today) }))
      .filter(({ retention }) => retention.due)
      .map(({ facts, retention }) => ({
        id: facts.id,
        chosenName: facts.chosenName,
        status: facts.status,
        from: retention.from,
        retainUntil: retention.retainUntil,
      }));
  }

  preview(clientId: string): { retention: ClientRetention; counts: Record<string, number> } {
    const retention = this.forClient(clientId);
    return { retention, counts: countRows(this.db(), clientId) };
  }

  destructions(): DestructionEntryOutput[] {
    return listDestructions(this.db());
  }

  /**
   * Removes the record, then rewrites the vault so none of it stays in free pages or the log.
   * The passphrase is checked before anything is read for the destruction.
   */
  async destroy(input: Input<'retention:destroy'>): Promise<DestructionEntryOutput> {
    await this.checkPassphrase(input.passphrase);
    const db = this.db();
    const missing = kindsMissing(db);
    if (missing.length > 0) {
      throw new AppError(
        'INTERNAL',
        `Rapport cannot yet destroy rows of ${missing.join(', ')}; nothing was destroyed.`,
      );
    }
    const retention = this.forClient(input.clientId);
    const overrideReason = input.overrideReason.trim();
    if (!retention.closed) {
      throw new AppError('CONFLICT', 'Discharge or archive the client before destroying their record.');
    }
    if (!retention.due && !overrideReason) {
      throw new AppError(
        'CONFLICT',
        'This record is kept until its retention date. To destroy it now, give the reason.',
        {
          issues: [{ path: 'overrideReason', message: 'Give the reason for destroying it before its date.' }],
        },
      );
    }
    const at = this.now().toISOString();
    const kinds = input.keepBilling
      ? RECORD_KINDS.filter((kind) => !BILLING_KINDS.includes(kind))
      : RECORD_KINDS;
    db.transaction(() => {
      const all = countRows(db, input.clientId);
      const counts = Object.fromEntries(
        kinds.filter((kind) => all[kind] > 0).map((kind) => [kind, all[kind]]),
      );
      storeRetainUntil(db, input.clientId, retention.retainUntil);
      insertDestruction(db, {
        clientId: input.clientId,
        destroyedAt: at,
        actor: this.actor,
        retainUntil: retention.retainUntil,
        overrideReason: retention.due ? '' : overrideReason,
        billing: input.keepBilling ? 'kept' : 'removed',
        counts,
      });
      // The integrity check holds every signing in the trail to a signed note: these went on purpose.
      for (const noteId of signedNoteIds(db, input.clientId)) {
        appendAudit(db, { action: 'note.destroyed', entity: 'note', entityId: noteId });
      }
      removeRows(db, input.clientId, kinds);
      if (input.keepBilling) deidentifyClient(db, input.clientId, at);
      const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
      appendAudit(db, {
        action: 'client.destroyed',
        entity: 'client',
        entityId: input.clientId,
        detail: `rows=${rows}; billing=${input.keepBilling ? 'kept' : 'removed'}; override=${retention.due ? 'no' : 'yes'}`,
      });
    })();
    compact(db);
    return listDestructions(db).find((entry) => entry.clientId === input.clientId)!;
  }

  private today(): string {
    return this.now().toISOString().slice(0, 10);
  }
}

function notHere(): AppError {
  return new AppError('NOT_FOUND', 'That client is not in this vault.');
}
