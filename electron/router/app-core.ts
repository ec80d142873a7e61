import type { KdfParams } from '../vault/key-file';
import { VaultSession } from '../vault/vault-session';
import { createHandlers } from './handlers';
import { createRouter, type Router, type RouterOptions } from './router';

export interface AppCore {
  session: VaultSession;
  router: Router;
}

/** Everything the UI talks to, without Electron: the app, the CLI and the tests build the same thing. */
export function createAppCore(options: { vaultDir: string; kdf?: KdfParams } & RouterOptions): AppCore {
  const session = new VaultSession({ dir: options.vaultDir, kdf: options.kdf });
  const router = createRouter(createHandlers(session), options);
  return { session, router };
}
