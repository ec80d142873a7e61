import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useIntegrityStatus } from './integrity-queries';
import { LastCheck } from './LastCheck';
import './integrity.css';

/** Settings → Integrity: the last check in a line, and the way to the page that checks and explains. */
export function IntegritySection() {
  const navigate = useNavigate();
  const status = useIntegrityStatus();
  return (
    <section className="settings-section" aria-labelledby="settings-integrity">
      <h2 id="settings-integrity">Integrity</h2>
      <section className="panel" aria-label="Integrity status">
        <div className="panel__header">
          <p>
            Rapport checks that your vault is exactly as it wrote it: that no signed note, audit trail entry
            or protection of the database was changed from outside.
          </p>
        </div>
        {status.isError && <Alert tone="error">{status.error.message}</Alert>}
        {status.data && <LastCheck status={status.data} />}
        <div className="form-actions">
          <ActionButton onPress={() => navigate({ page: 'integrity' })}>
            Open the integrity check
          </ActionButton>
        </div>
      </section>
    </section>
  );
}
