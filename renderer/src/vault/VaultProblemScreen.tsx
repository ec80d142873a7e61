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
        Restore the whole vault folder (both <code>rapport.db</code> and <code>rapport.key</code>) from your
        most recent backup, then choose “Check again”.
      </li>
      <li>
        Keep the damaged folder as it is: do not delete it. It may still be possible to rescue what is in it.
      </li>
      <li>
        Have your emergency kit at hand. Its recovery key opens the vault’s database even if the key file is
        lost, with help from someone you trust with computers.
      </li>
    </ol>
  );
}

/** A vault that cannot be opened safely: say what is wrong and what to do, and offer no way to write. */
export function VaultProblemScreen({ problem }: { problem: Problem }) {
  const status = useVaultStatus();
  return (
    <CentredCard
      width="wide"
      title="Rapport cannot open your vault"
      intro={<p>Nothing has been changed or deleted: Rapport only looked at the vault folder and stopped.</p>}
    >
      <Alert tone="warning">
        <p>{problem.message}</p>
      </Alert>
      <div className="vault-problem__steps">
        <h2>What you can do</h2>
        <WhatToDo code={problem.code} />
      </div>
      <div className="form-actions">
        <ActionButton
          variant="primary"
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
