import type { BridgeEvent, BridgeEvents } from '../../shared/contract';
import type { BackupService } from '../core/features/backup/backup-service';
import type { ExportService } from '../core/features/export/export-service';
import type { VaultImportService } from '../core/features/export/vault-import-service';
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

/** Each step of a whole-vault export or of a new vault from an export, for Settings → Your data. */
export function forwardYourDataEvents(
  services: { exporter: ExportService; importer: VaultImportService },
  send: SendBridgeEvent,
): void {
  services.exporter.on('progress', (progress) => send('export:progress', progress));
  services.importer.on('progress', (progress) => send('import:progress', progress));
}
