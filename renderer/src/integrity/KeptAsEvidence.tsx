import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

/** On Settings → Integrity when the vault is read-only: what that means, and the two things to do. */
export function KeptAsEvidence() {
  const navigate = useNavigate();
  return (
    <section className="integrity-evidence" aria-labelledby="integrity-evidence-title">
      <Alert tone="warning">
        <h2 id="integrity-evidence-title" className="integrity-evidence__title">
          This vault is kept as it is
        </h2>
        <p>
          Something changed the records below outside Rapport. So that nothing covers over what happened,
          Rapport now only reads this vault: you can open every client and note, but nothing is changed, added
          or recorded, and saving will not work.
        </p>
        <p>What to do:</p>
        <ol className="integrity-evidence__steps">
          <li>
            Restore the vault from a backup made before these changes. Your backups are listed under Settings
            → Backups.
          </li>
          <li>
            Keep this copy for the record. Restoring sets it aside unchanged, in the same list, so the changes
            can be looked into later.
          </li>
        </ol>
        <div className="button-row">
          <ActionButton variant="primary" onPress={() => navigate({ page: 'settings', section: 'backups' })}>
            Restore from a backup
          </ActionButton>
        </div>
      </Alert>
    </section>
  );
}
