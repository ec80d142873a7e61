import { createContext, useContext } from 'react';
import type { IconName } from '../ui/Icon';

/** The places the sidebar leads to. Calendar and Search join when their features exist. */
export const ROUTES = [
  { id: 'home', label: 'Home', icon: 'home' },
  { id: 'clients', label: 'Clients', icon: 'clients' },
  { id: 'settings', label: 'Settings', icon: 'settings' },
] as const satisfies readonly { id: string; label: string; icon: IconName }[];

export type RouteId = (typeof ROUTES)[number]['id'];

export const NavigateContext = createContext<((route: RouteId) => void) | null>(null);

export function useNavigate(): (route: RouteId) => void {
  const navigate = useContext(NavigateContext);
  if (!navigate) throw new Error('useNavigate must be used inside <AppFrame>.');
  return navigate;
}
