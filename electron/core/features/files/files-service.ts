import type { FolderPurpose } from '../../../../shared/files/files-contract';
import { AppError } from '../../base/app-error';

/** The shell's folder picker: resolves to the chosen folder, or null when the person cancels. */
export type ChooseFolder = (purpose: FolderPurpose) => Promise<string | null>;

/** What the UI asks of the file system that only the shell can answer: a folder the person picks. */
export class FilesService {
  constructor(private readonly chooseFolderPort: ChooseFolder | null) {}

  async chooseFolder(purpose: FolderPurpose): Promise<{ path: string | null }> {
    if (!this.chooseFolderPort) {
      throw new AppError('INTERNAL', 'Choosing a folder is not available in this window.');
    }
    return { path: await this.chooseFolderPort(purpose) };
  }
}
