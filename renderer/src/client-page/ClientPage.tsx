import { useMemo, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { ClientHeader } from './ClientHeader';
import { recordedScriptLanguages } from '../../../shared/text/text-language';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { StatusSuggestion } from './StatusSuggestion';
import {
  ClientPageContext,
  type ClientPageContextValue,
  type TabIntent,
} from '../clients/client-page-context';
import { CLIENT_TABS } from './client-tabs';
import { useClient } from '../clients/clients-queries';
import './client-page.css';
import '../clients/clients.css';

function tabOrDefault(tab: string | undefined): string {
  return CLIENT_TABS.some((t) => t.id === tab) ? (tab as string) : 'overview';
}

/**
 * One client's record: the header, then a tab per part of the record (client-tabs.tsx). The tab is
 * kept here rather than in the route, so switching tabs does not reload the page or move focus.
 */
export function ClientPage({ clientId, tab }: { clientId: string; tab?: string }) {
  const client = useClient(clientId);
  const navigate = useNavigate();
  const [selected, setSelected] = useState(() => tabOrDefault(tab));
  const [intent, setIntent] = useState<TabIntent | null>(null);
  const context = useMemo<ClientPageContextValue>(
    () => ({
      clientId,
      intent,
      selectTab: (next, nextIntent) => {
        setIntent(nextIntent ?? null);
        setSelected(tabOrDefault(next));
      },
    }),
    [clientId, intent],
  );

  const record = client.data;
  const scriptLanguages = useMemo(
    () =>
      recordedScriptLanguages(
        record ? [record.intake.identity.preferredLanguage, record.intake.cultural.languages] : [],
      ),
    [record],
  );

  if (client.isPending) return <p className="muted">Loading…</p>;
  if (client.isError) {
    return (
      <div className="stack">
        <Alert tone="error">{client.error.message}</Alert>
        <div>
          <ActionButton onPress={() => navigate({ page: 'clients' })}>Back to Clients</ActionButton>
        </div>
      </div>
    );
  }

  return (
    <ClientPageContext.Provider value={context}>
      <ScriptLanguagesContext value={scriptLanguages}>
        <ClientHeader record={client.data} />
        <StatusSuggestion record={client.data} />
        <Tabs
          className="client-tabs"
          selectedKey={selected}
          onSelectionChange={(key) => {
            setIntent(null);
            setSelected(String(key));
          }}
        >
          <TabList aria-label="Parts of the record" className="client-tabs__list">
            {CLIENT_TABS.map((t) => (
              <Tab key={t.id} id={t.id} className="client-tabs__tab">
                {t.label}
              </Tab>
            ))}
          </TabList>
          {CLIENT_TABS.map(({ id, Component }) => (
            <TabPanel key={id} id={id} className="client-tabs__panel">
              <Component clientId={clientId} />
            </TabPanel>
          ))}
        </Tabs>
      </ScriptLanguagesContext>
    </ClientPageContext.Provider>
  );
}
