import { app, dialog, type BrowserWindow } from 'electron';
import type { FolderPurpose } from '../../shared/files/files-contract';

const WORDING: Record<FolderPurpose, { title: string; buttonLabel: string; start: 'documents' | 'home' }> = {
  'backup-second-folder': {
    title: 'Choose a second folder for backups',
    buttonLabel: 'Use this folder',
    start: 'home',
  },
  'audit-export': {
    title: 'Choose where to save the audit trail',
    buttonLabel: 'Save here',
    start: 'documents',
  },
  'vault-export': {
    title: 'Choose where to put the export (it is not encrypted)',
    buttonLabel: 'Export here',
    start: 'documents',
  },
  'import-source': {
    title: 'Choose the export folder to make a new vault from (it holds rapport-export.json)',
    buttonLabel: 'Use this export',
    start: 'documents',
  },
  'statements-batch': {
    title: 'Choose the folder for the statements',
    buttonLabel: 'Save the statements here',
    start: 'documents',
  },
  'restore-source': {
    title: 'Choose the backup folder to restore (it holds rapport.db and rapport.key)',
    buttonLabel: 'Restore from this folder',
    start: 'home',
  },
};

/**
 * The system folder picker over the app's window, worded for what the folder is for. Returns the
 * chosen folder, or null when cancelled.
 */
export async function chooseFolder(
  parent: BrowserWindow | null,
  purpose: FolderPurpose,
): Promise<string | null> {
  const wording = WORDING[purpose];
  const options: Electron.OpenDialogOptions = {
    title: wording.title,
    buttonLabel: wording.buttonLabel,
    defaultPath: app.getPath(wording.start),
    properties: ['openDirectory', 'createDirectory'],
  };
  const result =
    parent && !parent.isDestroyed()
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
