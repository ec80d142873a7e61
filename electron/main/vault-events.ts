import type { BridgeEvent, BridgeEvents } from '../../shared/contract';
import type { BackupService } from '../core/features/backup/backup-service';
import type { IntegrityService } from '../core/features/integrity/integrity-service';
import type { VaultSession } from '../core/session/vault-session';

export type SendBridgeEvent = <E extends BridgeEvent>(event: E, payload: BridgeEvents[E]) => void;

/** Tells the UI the vault locked, whatever locked it, so it drops every decrypted thing it shows. */
export function forwardVaultEvents(session: VaultSession, send: SendBridgeEvent): void {
  session.on('locked', (reason) => send('vault:locked', { reason }));
  session.on('save-requested', (reason) => send('vault:saveNow', { reason }));
}

/** Each check of a running integrity check, for the progress bar on Settings → Integrity. */
export function forwardIntegrityEvents(integrity: IntegrityService, send: SendBridgeEvent): void {
  integrity.on('progress', (progress) => send('integrity:progress', progress));
}

/** Each stage of a running backup, for the progress indicator in Settings. */
export function forwardBackupEvents(backups: BackupService, send: SendBridgeEvent): void {
  backups.on('progress', (progress) => send('backup:progress', progress));
}
