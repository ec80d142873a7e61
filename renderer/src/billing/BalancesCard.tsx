import { useId, useState } from 'react';
import { formatMoney } from '../../../shared/billing/money';
import { useBalances } from './billing-queries';
import { useBillingSettings } from '../fees/fees-queries';
import { ActionButton } from '../ui/ActionButton';
import { StatementBatchDialog } from './documents/StatementBatchDialog';
import { useNavigate } from '../navigation/routes';
import { Alert } from '../ui/Alert';
import { firstName } from '../../../shared/text/first-name';
import { UserText } from '../ui/UserText';

const SHOWN = 5;

/** What the practice is owed in all, and by whom (first names), largest first; statements for everyone. */
export function BalancesCard() {
  const headingId = useId();
  const balances = useBalances();
  const navigate = useNavigate();
  const settings = useBillingSettings();
  const [batch, setBatch] = useState(false);
  const owing = balances.data?.clients.filter((c) => c.balanceMinor > 0) ?? [];
  const owed = owing.reduce((total, c) => total + c.balanceMinor, 0);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Balances</h2>
        {balances.data && (
          <p>
            {owing.length === 0
              ? 'Nothing outstanding.'
              : `${formatMoney(owed, balances.data.currency)} outstanding from ${owing.length} ${
                  owing.length === 1 ? 'client' : 'clients'
                }.`}
          </p>
        )}
      </div>
      {balances.isPending && <p className="muted">Loading…</p>}
      {balances.isError && <Alert tone="error">{balances.error.message}</Alert>}
      {owing.length > 0 && balances.data && (
        <ul className="home-list">
          {owing.slice(0, SHOWN).map((c) => (
            <li key={c.clientId}>
              <button
                type="button"
                className="home-list__item"
                onClick={() => navigate({ page: 'client', clientId: c.clientId, tab: 'billing' })}
              >
                <UserText inline text={firstName(c.chosenName)} />
                <span className="home-list__amount">
                  {formatMoney(c.balanceMinor, balances.data.currency)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {owing.length > SHOWN && <p className="muted">and {owing.length - SHOWN} more.</p>}
      {settings.data && (
        <>
          <div className="button-row">
            <ActionButton icon="print" onPress={() => setBatch(true)}>
              Statements for a period…
            </ActionButton>
          </div>
          <StatementBatchDialog
            isOpen={batch}
            zone={settings.data.timeZone}
            onClose={() => setBatch(false)}
          />
        </>
      )}
    </section>
  );
}
