import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

/**
 * The system save dialog for a summary, opened over the app's window in the Documents folder with a
 * default name that holds no client name. Returns the chosen path, or null when cancelled.
 */
export async function chooseSummaryPath(
  parent: BrowserWindow | null,
  defaultName: string,
): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Save client summary',
    defaultPath: join(app.getPath('documents'), defaultName),
    buttonLabel: 'Save',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result =
    parent && !parent.isDestroyed()
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath.toLowerCase().endsWith('.pdf') ? result.filePath : `${result.filePath}.pdf`;
}
