import { useBillingSettings, useDocumentSettings, useServices } from './fees-queries';
import { BillingDocumentsForm } from './BillingDocumentsForm';
import { Alert } from '../ui/Alert';
import { BillingSettingsForm } from './BillingSettingsForm';
import { FeeScheduleForm } from './FeeScheduleForm';
import '../ui/controls.css';
import './fees.css';

/** Settings → Fees and billing: the fee schedule, currency, time zone, payment terms and what bills say. */
export function FeeSettingsSection() {
  const settings = useBillingSettings();
  const services = useServices();
  const documents = useDocumentSettings();
  const failed = settings.error ?? services.error ?? documents.error;
  return (
    <section className="settings-section" aria-labelledby="settings-fees">
      <h2 id="settings-fees">Fees and billing</h2>
      {failed && <Alert tone="error">{failed.message}</Alert>}
      {(settings.isPending || services.isPending) && !failed && <p className="muted">Loading…</p>}
      {settings.data && services.data && (
        <>
          <section className="panel" aria-labelledby="settings-fee-schedule">
            <div className="panel__header">
              <h3 id="settings-fee-schedule">Fee schedule</h3>
              <p>
                The sessions you offer. Each appointment can name one; invoices and superbills take the price
                and procedure code from it.
              </p>
            </div>
            <FeeScheduleForm services={services.data} currency={settings.data.currency} />
          </section>
          <section className="panel" aria-labelledby="settings-billing">
            <div className="panel__header">
              <h3 id="settings-billing">Currency, time zone and payment terms</h3>
            </div>
            <BillingSettingsForm settings={settings.data} />
          </section>
          {documents.data && (
            <section className="panel" aria-labelledby="settings-billing-documents">
              <div className="panel__header">
                <h3 id="settings-billing-documents">Billing documents</h3>
                <p>Set once for every invoice, receipt and statement of account you print.</p>
              </div>
              <BillingDocumentsForm settings={documents.data} />
            </section>
          )}
        </>
      )}
    </section>
  );
}
