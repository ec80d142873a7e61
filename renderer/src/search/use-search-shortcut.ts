import type { Route } from '../navigation/routes';
import { useCtrlShortcut } from '../notes/use-ctrl-shortcut';

/** Ctrl/Cmd+F opens Search from anywhere; on Search itself the page puts the cursor in the field. */
export function useSearchShortcut(route: Route, navigate: (route: Route) => void): void {
  useCtrlShortcut('f', () => {
    if (route.page !== 'search') navigate({ page: 'search' });
  });
}
