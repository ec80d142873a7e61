import { createContext, useContext } from 'react';
import type { LockReason } from '../../../shared/contract';

export interface Session {
  /** Forgets everything read from the vault and returns to the unlock screen. */
  end(reason: LockReason): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <App>.');
  return session;
}
