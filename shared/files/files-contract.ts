import { z } from 'zod';

/** Why a folder is being chosen: the system dialog's title and button say so. */
export const FOLDER_PURPOSES = [
  'backup-second-folder',
  'audit-export',
  'restore-source',
  'vault-export',
  'import-source',
  'statements-batch',
] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];

export const filesChannels = {
  /**
   * Shows the system's folder picker (only the shell can: the page cannot open OS dialogs). The
   * path is null when the person cancels; nothing is read or written here.
   */
  'files:chooseFolder': {
    input: z.strictObject({ purpose: z.enum(FOLDER_PURPOSES) }),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;
