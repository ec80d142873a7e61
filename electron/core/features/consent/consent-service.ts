import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { isRelease, type ConsentKind, type ScanType } from '../../../../shared/consent/consent-kinds';
import type {
  ClientConsent,
  consentChannels,
  PreparedDocument,
  SignedDocument,
  TemplateVersion,
} from '../../../../shared/consent/consent-contract';
import { fillPlaceholders } from '../../../../shared/consent/consent-placeholders';
import { consentStatus } from '../../../../shared/consent/consent-status';
import { localDay } from '../../../../shared/dates/format-date';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import type { Db } from '../../db/connection';
import * as consent from '../../db/consent';
import { recordValues, type PracticeFacts } from '../../../../shared/consent/record-values';
import type { ChannelOutput } from '../../../../shared/contract';

/** What the placeholders are filled from: services the app already has. */
export interface ConsentSources {
  clients: { get(id: string): ChannelOutput<'clients:get'> };
  practice: { get(): ChannelOutput<'practice:get'> };
  billing: {
    settings(): { currency: string };
    services(): ChannelOutput<'fees:list'>;
    clientFee(clientId: string): ChannelOutput<'fees:getClientFee'>;
  };
}

type Input<C extends keyof typeof consentChannels> = z.output<(typeof consentChannels)[C]['input']>;

function toSigned(row: consent.SignedRow): SignedDocument {
  return { ...row, expiresOn: row.expiresOn || null };
}

/**
 * Consent documents: the clinician's templates, each edit a new version, and the documents
 * clients sign from them. A signed document keeps the text the main side filled in at signing,
 * with the template version, and never changes (the database refuses). The audit trail records
 * ids, kinds and methods, never names or what a document says.
 */
export class ConsentService {
  constructor(
    private readonly db: () => Db,
    private readonly sources: ConsentSources,
    private readonly now: () => Date = () => new Date(),
  ) {}

  templates(): TemplateVersion[] {
    return consent.latestTemplates(this.db());
  }

  saveTemplate(input: Input<'consent:saveTemplate'>): TemplateVersion[] {
    const db = this.db();
    db.transaction(() => {
      const latest = consent.latestTemplates(db).find((t) => t.kind === input.kind);
      if (latest && latest.title === input.title && latest.body === input.body) return;
      const id = randomUUID();
      consent.insertTemplate(db, {
        id,
        kind: input.kind,
        number: (latest?.number ?? 0) + 1,
        title: input.title,
        body: input.body,
        createdAt: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'consent.template-saved',
        entity: 'consent_template_version',
        entityId: id,
        detail: input.kind,
      });
    })();
    return this.templates();
  }

  forClient(clientId: string): ClientConsent {
    const db = this.db();
    this.requireClient(db, clientId);
    const documents = consent.signedForClient(db, clientId).map(toSigned);
    const latest = new Map<ConsentKind, number>(consent.latestTemplates(db).map((t) => [t.kind, t.number]));
    return {
      clientId,
      documents,
      status: consentStatus(latest, documents, localDay(this.now())),
      waiver: consent.getWaiver(db, clientId) ?? null,
    };
  }

  /** The newest template of a kind, filled for the client to read before signing. */
  toSign(input: Input<'consent:prepare'>): PreparedDocument {
    const db = this.db();
    this.requireClient(db, input.clientId);
    const template = consent.latestTemplates(db).find((t) => t.kind === input.kind);
    if (!template) {
      throw new AppError(
        'NOT_FOUND',
        'Write this document in Settings → Documents before asking for a signature.',
      );
    }
    return this.fill(template, input.clientId, localDay(this.now()), input);
  }

  sign(input: Input<'consent:sign'>): ClientConsent {
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      this.requireClient(db, input.clientId);
      const template = consent.getTemplate(db, input.templateId);
      if (!template || template.kind !== input.kind) {
        throw new AppError('NOT_FOUND', 'That document template is not in this vault.');
      }
      const filled = this.fill(template, input.clientId, input.signedOn, input);
      consent.insertSigned(db, {
        id,
        clientId: input.clientId,
        templateId: template.id,
        kind: template.kind,
        templateNumber: template.number,
        title: filled.title,
        text: filled.text,
        recipient: isRelease(template.kind) ? input.recipient : '',
        expiresOn: isRelease(template.kind) ? input.expiresOn : null,
        signedOn: input.signedOn,
        method: input.method,
        signerName: input.signerName,
        signaturePath: input.method === 'drawn' ? (input.signaturePath ?? '') : '',
        scanType: input.method === 'paper' ? (input.scan?.type ?? null) : null,
        scan: input.method === 'paper' ? (input.scan?.base64 ?? null) : null,
        recordedAt: this.now().toISOString(),
      });
      appendAudit(db, {
        action: 'consent.signed',
        entity: 'consent_document',
        entityId: id,
        detail: `kind=${template.kind}; version=${template.number}; method=${input.method}`,
      });
    })();
    return this.forClient(input.clientId);
  }

  scan(documentId: string): { type: ScanType; base64: string } {
    const found = consent.getScan(this.db(), documentId);
    if (!found) throw new AppError('NOT_FOUND', 'That document has no scan.');
    return found;
  }

  /** One signed document, for printing. */
  document(documentId: string): SignedDocument {
    const row = consent.getSigned(this.db(), documentId);
    if (!row) throw new AppError('NOT_FOUND', 'That signed document is not here.');
    return toSigned(row);
  }

  private fill(
    template: consent.TemplateRow,
    clientId: string,
    day: string,
    release: { recipient: string; expiresOn: string },
  ): PreparedDocument {
    const { billing } = this.sources;
    const facts: PracticeFacts = {
      practice: this.sources.practice.get(),
      currency: billing.settings().currency,
      services: billing.services(),
    };
    const client = {
      identity: this.sources.clients.get(clientId).intake.identity,
      fee: billing.clientFee(clientId),
    };
    const values = recordValues(facts, client, day, release);
    return {
      templateId: template.id,
      kind: template.kind,
      templateNumber: template.number,
      title: template.title,
      text: fillPlaceholders(template.body, values),
    };
  }

  private requireClient(db: Db, clientId: string): void {
    if (!getClient(db, clientId)) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
  }
}
