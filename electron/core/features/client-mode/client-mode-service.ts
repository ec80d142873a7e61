import { EventEmitter } from 'node:events';
import { clientModePin, type ClientModeState } from '../../../../shared/client-mode/client-mode-contract';
import { firstName } from '../../../../shared/text/first-name';
import { completedByClient, type Form2Feedback } from '../../../../shared/notes/feedback-forms';
import { AppError } from '../../base/app-error';
import { appendAudit } from '../../db/audit';
import { getClient } from '../../db/clients';
import { getNote } from '../../db/notes';
import { readJsonSetting, readSetting, writeJsonSetting, writeSetting } from '../../db/settings';
import type { VaultSession } from '../../session/vault-session';
import { hashPin, pinMatches } from './pin-hash';

const PIN_SETTING = 'clientModePin';
const FREE_PIN_TRIES = 3;
const MAX_PIN_DELAY_MS = 60_000;

/** Where the client's answers go: the notes feature, passed in by the composition root. */
export interface ClientFeedbackStore {
  recordClientFeedback(noteId: string, answers: Form2Feedback['answers'], message: string): void;
}

interface Handover {
  noteId: string;
  greetingName: string;
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
    private readonly notes: ClientFeedbackStore,
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
    const note = getNote(this.session.db(), this.handover.noteId);
    return {
      active: true,
      pinSet,
      greetingName: this.handover.greetingName,
      feedbackDone: note ? completedByClient(note.feedback) !== null : true,
    };
  }

  start(noteId: string): ClientModeState {
    const db = this.session.db();
    const note = getNote(db, noteId);
    if (!note) throw new AppError('NOT_FOUND', 'This note no longer exists.');
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
    const client = getClient(db, note.clientId);
    this.handover = { noteId, greetingName: client ? firstName(client.chosenName) : '' };
    appendAudit(db, { action: 'client-mode.started', entity: 'note', entityId: noteId });
    this.emit('changed', true);
    return this.status();
  }

  submitFeedback(answers: Form2Feedback['answers'], message: string): ClientModeState {
    const handover = this.requireHandover();
    this.notes.recordClientFeedback(handover.noteId, answers, message);
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
      entity: 'note',
      entityId: handover.noteId,
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
