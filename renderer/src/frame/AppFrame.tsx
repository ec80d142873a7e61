import { useState } from 'react';
import { AuditPage } from '../audit/AuditPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { ClientPage } from '../client-page/ClientPage';
import { ClientsPage } from '../clients/ClientsPage';
import { HomePage } from '../home/HomePage';
import { IntegrityPage } from '../integrity/IntegrityPage';
import { ReadOnlyBanner } from '../integrity/ReadOnlyBanner';
import { SearchPage } from '../search/SearchPage';
import { useSearchShortcut } from '../search/use-search-shortcut';
import { SettingsPage } from '../settings/SettingsPage';
import { NavigateContext, type Route } from '../navigation/routes';
import { Sidebar } from './Sidebar';
import { useActivityReporter } from '../vault/use-activity-reporter';
import './app-frame.css';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'home':
      return <HomePage />;
    case 'clients':
      return <ClientsPage />;
    case 'client':
      return <ClientPage clientId={route.clientId} tab={route.tab} />;
    case 'calendar':
      return <CalendarPage />;
    case 'search':
      return <SearchPage />;
    case 'settings':
      return <SettingsPage section={route.section} />;
    case 'audit':
      return <AuditPage entryId={route.entryId} />;
    case 'integrity':
      return <IntegrityPage />;
  }
}

const HOME: Route = { page: 'home' };

/**
 * The app once the vault is open: sidebar on the left, the current page on the right. It opens on
 * Home, or where the gate says (Settings → Backups after a restore).
 */
export function AppFrame({ initialRoute = HOME }: { initialRoute?: Route }) {
  const [route, setRoute] = useState<Route>(initialRoute);
  const lastActivityAt = useActivityReporter();
  useSearchShortcut(route, setRoute);
  return (
    <NavigateContext.Provider value={setRoute}>
      <div className="app-frame">
        <Sidebar current={route} onNavigate={setRoute} lastActivityAt={lastActivityAt} />
        <main className="app-frame__main">
          <div className="app-frame__content">
            {route.page !== 'integrity' && <ReadOnlyBanner />}
            <Page key={JSON.stringify(route)} route={route} />
          </div>
        </main>
      </div>
    </NavigateContext.Provider>
  );
}
