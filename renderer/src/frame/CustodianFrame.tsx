import { useState } from 'react';
import { Button } from 'react-aria-components';
import { AuditPage } from '../audit/AuditPage';
import { LockButton } from './LockButton';
import { NavigateContext, type Route } from '../navigation/routes';
import { Icon } from '../ui/Icon';
import { Wordmark } from '../ui/Wordmark';
import { useActivityReporter } from '../vault/use-activity-reporter';
import { CustodianBanner } from '../custodian/CustodianBanner';
import { CustodianRecordsPage } from '../custodian/CustodianRecordsPage';
import './app-frame.css';
import './sidebar.css';
import '../custodian/custodian.css';

type View = 'records' | 'audit';

const VIEWS: { view: View; label: string; icon: 'clients' | 'eye' }[] = [
  { view: 'records', label: 'Records', icon: 'clients' },
  { view: 'audit', label: 'Audit trail', icon: 'eye' },
];

/**
 * The app in the records custodian's session: only what reads and prints (the records, the contact
 * list, the audit trail) and the lock, under a banner that stays. Nothing offers a change, and the
 * main side refuses one anyway.
 */
export function CustodianFrame() {
  const [view, setView] = useState<View>('records');
  const lastActivityAt = useActivityReporter();
  // Links inside the audit trail lead to a client: here, the records page is where a client is.
  const navigate = (route: Route) => setView(route.page === 'audit' ? 'audit' : 'records');
  return (
    <NavigateContext.Provider value={navigate}>
      <div className="app-frame">
        <aside className="sidebar">
          <div className="sidebar__brand">
            <Wordmark />
          </div>
          <nav aria-label="Main" className="sidebar__nav">
            <ul>
              {VIEWS.map((item) => (
                <li key={item.view}>
                  <Button
                    className="sidebar__link"
                    aria-current={item.view === view ? 'page' : undefined}
                    onPress={() => setView(item.view)}
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
        <main className="app-frame__main">
          <div className="app-frame__content">
            <CustodianBanner />
            {view === 'records' ? <CustodianRecordsPage /> : <AuditPage />}
          </div>
        </main>
      </div>
    </NavigateContext.Provider>
  );
}
