import { Alert } from '../ui/Alert';
import { CustodianForm } from './CustodianForm';
import { CustodianPackageForm } from './CustodianPackageForm';
import { useCustodian } from './custodian-queries';
import './custodian.css';

/**
 * Settings → Records custodian: the colleague who looks after the records if the clinician dies or
 * can no longer practise, and the package that tells them where the records are and how to open them.
 */
export function CustodianSection() {
  const custodian = useCustodian();
  return (
    <section className="settings-section" aria-labelledby="settings-custodian">
      <h2 id="settings-custodian">Records custodian</h2>
      <section className="panel" aria-labelledby="settings-custodian-who">
        <div className="panel__header">
          <h3 id="settings-custodian-who">Your custodian</h3>
          <p>
            A colleague you have arranged with to look after your records and tell your clients if you die or
            can no longer practise.
          </p>
        </div>
        {custodian.isPending && <p className="muted">Loading…</p>}
        {custodian.isError && <Alert tone="error">{custodian.error.message}</Alert>}
        {custodian.data && <CustodianForm custodian={custodian.data} />}
      </section>
      <section className="panel" aria-labelledby="settings-custodian-package">
        <div className="panel__header">
          <h3 id="settings-custodian-package">Custodian package</h3>
          <p>
            Who the custodian is, where your vault and backups are, how to open them with Rapport and without
            it, and what to do for your clients. The file name holds no names.
          </p>
        </div>
        {custodian.data && !custodian.data.name && (
          <p className="muted">Name your custodian above and save, then print the package.</p>
        )}
        {custodian.data && (
          <CustodianPackageForm
            key={String(custodian.data.includeRecoveryKey)}
            withKey={custodian.data.includeRecoveryKey}
            canSave={custodian.data.name !== ''}
          />
        )}
      </section>
    </section>
  );
}
