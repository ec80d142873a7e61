import { Button } from 'react-aria-components';
import { Icon } from '../ui/Icon';
import { Wordmark } from '../ui/Wordmark';
import { LockButton } from './LockButton';
import { ROUTES, type RouteId } from './routes';
import './sidebar.css';

interface SidebarProps {
  current: RouteId;
  onNavigate: (route: RouteId) => void;
  lastActivityAt: () => number;
}

export function Sidebar({ current, onNavigate, lastActivityAt }: SidebarProps) {
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <Wordmark />
      </div>
      <nav aria-label="Main" className="sidebar__nav">
        <ul>
          {ROUTES.map((route) => (
            <li key={route.id}>
              <Button
                className="sidebar__link"
                aria-current={route.id === current ? 'page' : undefined}
                onPress={() => onNavigate(route.id)}
              >
                <Icon name={route.icon} />
                <span>{route.label}</span>
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar__foot">
        <LockButton lastActivityAt={lastActivityAt} />
      </div>
    </aside>
  );
}
