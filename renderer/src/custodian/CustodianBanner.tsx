import { Alert } from '../ui/Alert';

/** Above every page of the custodian's session, for as long as it lasts. */
export function CustodianBanner() {
  return (
    <section className="custodian-banner" aria-label="Read-only custodian mode">
      <Alert tone="warning">
        <p>
          <strong>Read-only custodian mode — nothing can be changed.</strong> Records and the client contact
          list can be read and printed; everything done here is recorded in the audit trail as the records
          custodian’s.
        </p>
      </Alert>
    </section>
  );
}
