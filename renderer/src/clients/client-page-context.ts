import { createContext, useContext } from 'react';

/** What a tab was opened to do, when something on the page opened it (e.g. "Continue intake"). */
export type TabIntent = 'edit-intake' | 'edit-cultural';

export interface ClientPageContextValue {
  clientId: string;
  /** Switches the client page to a tab, optionally asking it to start on a task. */
  selectTab(tab: string, intent?: TabIntent): void;
  /** Set by selectTab; read by the tab when it opens, cleared when the clinician picks a tab themselves. */
  intent: TabIntent | null;
}

export const ClientPageContext = createContext<ClientPageContextValue | null>(null);

export function useClientPage(): ClientPageContextValue {
  const value = useContext(ClientPageContext);
  if (!value) throw new Error('useClientPage must be used inside a client page.');
  return value;
}
