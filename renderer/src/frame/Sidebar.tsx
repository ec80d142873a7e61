import { Button } from 'react-aria-components';
import { Icon } from '../ui/Icon';
import { Wordmark } from '../ui/Wordmark';
import { LockButton } from './LockButton';
import { NAV_ITEMS, navSection, type Route } from '../navigation/routes';
import './sidebar.css';

interface SidebarProps {
  current: Route;
  onNavigate: (route: Route) => void;
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
          {NAV_ITEMS.map((item) => (
            <li key={item.page}>
              <Button
                className="sidebar__link"
                aria-current={item.page === navSection(current) ? 'page' : undefined}
                onPress={() => onNavigate({ page: item.page })}
              >
                <Icon name={item.icon} />
                <span>{item.label}</span>
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
