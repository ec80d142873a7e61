import { CentredCard } from '../ui/CentredCard';
import { Spinner } from '../ui/Spinner';
import './backup.css';

/** While a restore started from Settings runs: the vault is locked and its files are being swapped. */
export function RestoringScreen({ what }: { what: string }) {
  return (
    <CentredCard
      title="Restoring your vault"
      intro={<p>Rapport locked your vault while it puts {what} in place and checks it.</p>}
    >
      <p className="restoring" role="status">
        <Spinner />
        <span>Restoring… The restored vault opens by itself in a moment.</span>
      </p>
    </CentredCard>
  );
}
