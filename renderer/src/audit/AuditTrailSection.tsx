import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { ChainBadge } from './ChainBadge';
import './audit.css';

/** Settings → Audit trail: what it records, whether it is intact, and the way to the full trail. */
export function AuditTrailSection() {
  const navigate = useNavigate();
  return (
    <section className="settings-section" aria-labelledby="settings-audit">
      <h2 id="settings-audit">Audit trail</h2>
      <section className="panel" aria-label="Audit trail status">
        <div className="panel__header">
          <p>
            Rapport writes down every unlock and lock, and every record viewed, created, changed, signed,
            exported or backed up: what happened and when, by id, never what a record says. Each entry is
            sealed together with the one before it, so a change anywhere shows.
          </p>
        </div>
        <ChainBadge />
        <div className="form-actions">
          <ActionButton onPress={() => navigate({ page: 'audit' })}>Open the audit trail</ActionButton>
        </div>
      </section>
    </section>
  );
}
