import type { VaultStatus } from '../../../shared/contract';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { CentredCard } from '../ui/CentredCard';
import { useVaultStatus } from './vault-queries';
import './vault-problem.css';

type Problem = NonNullable<VaultStatus['problem']>;

function WhatToDo({ code }: { code: string }) {
  if (code === 'VAULT_FROM_FUTURE') {
    return (
      <ol>
        <li>Install the latest version of Rapport, then open it again. Your vault will open as before.</li>
        <li>Do not open this vault with an older copy of Rapport in the meantime.</li>
      </ol>
    );
  }
  return (
    <ol>
      <li>
        Restore your most recent backup with “Restore from a backup…” below. The damaged vault is not deleted:
        it is kept aside in the vault folder.
      </li>
      <li>Do not delete the damaged files yourself. It may still be possible to rescue what is in them.</li>
      <li>
        Have your emergency kit at hand. Its recovery key opens the vault’s database even if the key file is
        lost, with help from someone you trust with computers.
      </li>
    </ol>
  );
}

/**
 * A vault that cannot be opened safely: say what is wrong and what to do, and offer no way to write
 * to it. The one way forward that changes anything is a restore, which sets the damaged files aside.
 */
export function VaultProblemScreen({ problem, onRestore }: { problem: Problem; onRestore: () => void }) {
  const status = useVaultStatus();
  const canRestore = problem.code !== 'VAULT_FROM_FUTURE';
  return (
    <CentredCard
      width="wide"
      title="Rapport cannot open your vault"
      intro={
        <p>
          Rapport stopped as soon as it found the problem and has written nothing to the vault since. Nothing
          has been deleted.
        </p>
      }
    >
      <Alert tone="warning">
        <p>{problem.message}</p>
      </Alert>
      <div className="vault-problem__steps">
        <h2>What you can do</h2>
        <WhatToDo code={problem.code} />
      </div>
      <div className="form-actions">
        {canRestore && (
          <ActionButton variant="primary" onPress={onRestore}>
            Restore from a backup…
          </ActionButton>
        )}
        <ActionButton
          variant={canRestore ? 'secondary' : 'primary'}
          onPress={() => void status.refetch()}
          isPending={status.isFetching}
          pendingLabel="Checking…"
        >
          Check again
        </ActionButton>
      </div>
    </CentredCard>
  );
}
