import { createContext, useContext } from 'react';
import type { IconName } from '../ui/Icon';

/**
 * Where the clinician is: one page per feature, with whatever that page needs to know (a client
 * page will carry the client and the tab). Features add their page here and, if it belongs in the
 * sidebar, to NAV_ITEMS.
 */
export type Route =
  | { page: 'home' }
  | { page: 'clients' }
  | { page: 'calendar' }
  | { page: 'search' }
  | { page: 'settings'; section?: 'backups' | 'your-data' }
  /** `entryId`: the trail shown from that entry back (an integrity finding names it). */
  | { page: 'audit'; entryId?: number }
  | { page: 'integrity' }
  | { page: 'client'; clientId: string; tab?: string };

export type PageId = Route['page'];

/** The sidebar's places, in order. A route not listed here (a client page) highlights its parent. */
export const NAV_ITEMS = [
  { page: 'home', label: 'Home', icon: 'home' },
  { page: 'clients', label: 'Clients', icon: 'clients' },
  { page: 'calendar', label: 'Calendar', icon: 'calendar' },
  { page: 'search', label: 'Search', icon: 'search' },
  { page: 'settings', label: 'Settings', icon: 'settings' },
] as const satisfies readonly { page: PageId; label: string; icon: IconName }[];

/** The sidebar item a route belongs to (a client's page belongs to Clients, the audit trail to Settings). */
export function navSection(route: Route): PageId {
  if (route.page === 'client') return 'clients';
  if (route.page === 'audit' || route.page === 'integrity') return 'settings';
  return route.page;
}

export const NavigateContext = createContext<((route: Route) => void) | null>(null);

export function useNavigate(): (route: Route) => void {
  const navigate = useContext(NavigateContext);
  if (!navigate) throw new Error('useNavigate must be used inside <AppFrame>.');
  return navigate;
}
