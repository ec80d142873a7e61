import type { FolderPurpose } from '../../../shared/files/files-contract';
import { call } from '../bridge/call';

/** Opens the system folder picker (through the main side: a page cannot); null when cancelled. */
export async function chooseFolder(purpose: FolderPurpose): Promise<string | null> {
  return (await call('files:chooseFolder', { purpose })).path;
}
