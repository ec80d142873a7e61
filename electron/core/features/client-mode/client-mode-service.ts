import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  clientModePin,
  type ClientModeState,
  type clientSignInput,
  type startClientModeInput,
} from '../../../../shared/client-mode/client-mode-contract';
import type { PreparedDocument, prepareInput, signInput } from '../../../../shared/consent/consent-contract';
import { localDay } from '../../../../shared/dates/format-date';
import type { recordMeasureInput } from '../../../../shared/measures/measures-contract';
import { firstName } from '../../../../shared/text/first-name';
import { completedByClient, type Form2Feedback } from '../../../../shared/notes/feedback-forms';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import { getNote } from '../../db/notes';
import { readJsonSetting, readSetting, writeJsonSetting, writeSetting } from '../../db/settings';
import type { VaultSession } from '../../session/vault-session';
import { handoverSteps, requireOpenDocument, requireOpenMeasure, type Handover } from './handover';
import { hashPin, pinMatches } from './pin-hash';

const PIN_SETTING = 'clientModePin';
const FREE_PIN_TRIES = 3;
const MAX_PIN_DELAY_MS = 60_000;

/**
 * Where the client's answers and signatures go: the features that own them, passed in by the
 * composition root, so a measure or a signature given here is stored exactly as one given on the
 * clinician's screens.
 */
export interface ClientModePorts {
  notes: {
    recordClientFeedback(noteId: string, answers: Form2Feedback['answers'], message: string): void;
  };
  measures: {
    record(input: z.output<typeof recordMeasureInput>): unknown;
    /** Today in the practice's days, the day a measure is completed on. */
    today(): string;
  };
  consent: {
    toSign(input: z.output<typeof prepareInput>): PreparedDocument;
    sign(input: z.output<typeof signInput>): unknown;
  };
}

/**
 * The laptop handed to the client. The mode lives here, on the main side, so a reloaded page comes
 * back to it and the router can refuse everything else while it is on (router/channel-gates.ts); locking the vault ends it
 * and unlocking does not bring it back.
 */
export class ClientModeService extends EventEmitter<{ changed: [boolean] }> {
  private handover: Handover | null = null;
  private pinFailures = 0;
  private pinRetryAt = 0;

  constructor(
    private readonly session: VaultSession,
    private readonly ports: ClientModePorts,
    private readonly now: () => number = Date.now,
  ) {
    super();
    session.on('locked', () => this.end());
  }

  get active(): boolean {
    return this.handover !== null;
  }

  status(): ClientModeState {
    const pinSet = this.pinSet();
    if (!this.handover) return { active: false, pinSet };
    const { noteId } = this.handover;
    const note = noteId === null ? null : getNote(this.session.db(), noteId);
    return {
      active: true,
      pinSet,
      greetingName: this.handover.greetingName,
      steps: handoverSteps(this.handover, note ? completedByClient(note.feedback) !== null : true),
    };
  }

  /**
   * Hands the laptop over for what the clinician chose. Everything is checked and every document
   * filled in before the mode begins, so a refusal leaves the clinician where they were.
   */
  start(input: z.output<typeof startClientModeInput>): ClientModeState {
    const db = this.session.db();
    const client = getClient(db, input.clientId);
    if (!client) throw new AppError('NOT_FOUND', 'That client is not in this vault.');
    if (input.noteId !== null) this.requireFeedbackOpen(input.noteId, input.clientId);
    const documents = input.documents.map(({ kind, recipient, expiresOn }) => ({
      stepId: randomUUID(),
      prepared: this.ports.consent.toSign({ clientId: input.clientId, kind, recipient, expiresOn }),
      release: { recipient, expiresOn },
      signed: false,
    }));
    this.handover = {
      clientId: input.clientId,
      noteId: input.noteId,
      greetingName: firstName(client.chosenName),
      measures: new Map(input.measures.map((instrumentId) => [instrumentId, false])),
      documents,
    };
    appendAudit(db, {
      action: 'client-mode.started',
      entity: 'client',
      entityId: input.clientId,
      detail: `note=${input.noteId ?? 'none'}; measures=${input.measures.length}; documents=${documents.length}`,
    });
    this.emit('changed', true);
    return this.status();
  }

  submitFeedback(answers: Form2Feedback['answers'], message: string): ClientModeState {
    const { noteId } = this.requireHandover();
    if (noteId === null) throw new AppError('CONFLICT', 'Feedback on the session was not asked for.');
    this.ports.notes.recordClientFeedback(noteId, answers, message);
    return this.status();
  }

  /** A granted measure, once, stored as completed today by the client. */
  submitMeasure(instrumentId: string, answers: number[]): ClientModeState {
    const handover = this.requireHandover();
    requireOpenMeasure(handover, instrumentId);
    this.ports.measures.record({
      clientId: handover.clientId,
      instrumentId,
      answers,
      completedOn: this.ports.measures.today(),
      completedBy: 'client',
      noteId: handover.noteId,
      correction: null,
    });
    handover.measures.set(instrumentId, true);
    return this.status();
  }

  /** A granted document, once, signed through the consent feature's own signing. */
  signDocument(input: z.output<typeof clientSignInput>): ClientModeState {
    const handover = this.requireHandover();
    const document = requireOpenDocument(handover, input.stepId);
    this.ports.consent.sign({
      clientId: handover.clientId,
      templateId: document.prepared.templateId,
      kind: document.prepared.kind,
      ...document.release,
      signedOn: localDay(new Date(this.now())),
      method: input.method,
      signerName: input.signerName,
      signaturePath: input.method === 'drawn' ? input.signaturePath : undefined,
      scan: undefined,
    });
    document.signed = true;
    return this.status();
  }

  /** The PIN when one is set and this looks like one, otherwise the vault's passphrase. */
  async leave(secret: string): Promise<ClientModeState> {
    const handover = this.requireHandover();
    if (this.pinSet() && clientModePin.safeParse(secret).success) {
      await this.checkPin(secret);
    } else {
      await this.session.verifyPassphrase(secret);
    }
    this.handover = null;
    appendAudit(this.session.db(), {
      action: 'client-mode.ended',
      entity: 'client',
      entityId: handover.clientId,
    });
    this.emit('changed', false);
    return this.status();
  }

  async setPin(pin: string | null): Promise<ClientModeState> {
    const db = this.session.db();
    if (pin === null) writeSetting(db, PIN_SETTING, '');
    else writeJsonSetting(db, PIN_SETTING, await hashPin(pin));
    appendAudit(db, {
      action: 'settings.changed',
      detail: pin === null ? 'client-mode PIN removed' : 'client-mode PIN set',
    });
    return this.status();
  }

  private pinSet(): boolean {
    const db = this.session.db();
    return Boolean(readSetting(db, PIN_SETTING));
  }

  /** After three misses each further one doubles the wait, as at unlock: a PIN has few possibilities. */
  private async checkPin(pin: string): Promise<void> {
    const wait = this.pinRetryAt - this.now();
    if (wait > 0) {
      throw new AppError('WRONG_PASSPHRASE', `Too many attempts. Try again in ${Math.ceil(wait / 1000)} s.`, {
        retryAfterMs: wait,
      });
    }
    if (await pinMatches(pin, readJsonSetting(this.session.db(), PIN_SETTING))) {
      this.pinFailures = 0;
      this.pinRetryAt = 0;
      return;
    }
    this.pinFailures += 1;
    const over = this.pinFailures - FREE_PIN_TRIES;
    const delay = over >= 0 ? Math.min(MAX_PIN_DELAY_MS, 1000 * 2 ** over) : 0;
    this.pinRetryAt = this.now() + delay;
    appendAudit(this.session.db(), { action: 'client-mode.pin-failed' });
    throw new AppError('WRONG_PASSPHRASE', 'That PIN is not the one set in Settings.', {
      retryAfterMs: delay,
    });
  }

  private requireFeedbackOpen(noteId: string, clientId: string): void {
    const note = getNote(this.session.db(), noteId);
    if (!note || note.clientId !== clientId) {
      throw new AppError('NOT_FOUND', 'This note is not one of this client’s notes.');
    }
    if (note.signedAt)
      throw new AppError('CONFLICT', 'This note is signed: its feedback can no longer change.');
    if (note.feedback.form !== 2) {
      throw new AppError(
        'CONFLICT',
        'This note is on the earlier feedback form, which is not offered again.',
      );
    }
    if (completedByClient(note.feedback)) {
      throw new AppError('CONFLICT', 'The client has already answered for this session.');
    }
  }

  private requireHandover(): Handover {
    if (!this.handover) throw new AppError('CONFLICT', 'Client mode is not on.');
    return this.handover;
  }

  private end(): void {
    if (!this.handover) return;
    this.handover = null;
    this.emit('changed', false);
  }
}
