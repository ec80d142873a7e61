import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { useIntegrityStatus } from './integrity-queries';
import './integrity.css';

/**
 * Above every page while the vault is kept as evidence, so that a clinician whose change is not
 * saved knows why before trying, and where to read what was found.
 */
export function ReadOnlyBanner() {
  const navigate = useNavigate();
  const status = useIntegrityStatus();
  if (!status.data?.readOnly) return null;
  return (
    <section className="read-only-banner" aria-label="Read only">
      <Alert tone="warning">
        <p>
          <strong>Read only.</strong> The integrity check found changes made outside Rapport, so this vault is
          kept exactly as it is: you can read everything, but nothing you change is saved.
        </p>
        <div className="button-row">
          <ActionButton variant="quiet" onPress={() => navigate({ page: 'integrity' })}>
            See what was found
          </ActionButton>
        </div>
      </Alert>
    </section>
  );
}
