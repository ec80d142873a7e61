import { extname, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

/** The kinds of file Rapport saves through this dialog, named by their extension. */
const KINDS: Record<string, { title: string; filter: string }> = {
  '.pdf': { title: 'Save PDF', filter: 'PDF document' },
  '.ics': { title: 'Save calendar reminder', filter: 'Calendar event' },
};

/**
 * The system save dialog for a PDF or a calendar reminder, opened over the app's window in the
 * Documents folder with a default name that holds no client name. The kind follows the default
 * name's extension, which the chosen path is given if the person left it off. Returns the chosen
 * path, or null when cancelled.
 */
export async function chooseSummaryPath(
  parent: BrowserWindow | null,
  defaultName: string,
): Promise<string | null> {
  const extension = extname(defaultName).toLowerCase();
  const kind = KINDS[extension] ?? KINDS['.pdf']!;
  const options: Electron.SaveDialogOptions = {
    title: kind.title,
    defaultPath: join(app.getPath('documents'), defaultName),
    buttonLabel: 'Save',
    filters: [{ name: kind.filter, extensions: [extension.slice(1) || 'pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result =
    parent && !parent.isDestroyed()
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  const wanted = extension || '.pdf';
  return result.filePath.toLowerCase().endsWith(wanted) ? result.filePath : `${result.filePath}${wanted}`;
}
