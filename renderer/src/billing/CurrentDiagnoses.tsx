import { CURRENT_STATUSES, type Diagnosis } from '../../../shared/diagnoses/diagnosis-contract';
import { useClientPage } from '../clients/client-page-context';
import { ActionButton } from '../ui/ActionButton';
import { UserText } from '../ui/UserText';

/** The diagnoses a superbill prints, read from the client's record: changed on the Diagnoses tab only. */
export function CurrentDiagnoses({ diagnoses }: { diagnoses: readonly Diagnosis[] }) {
  const page = useClientPage();
  const current = diagnoses.filter((d) => CURRENT_STATUSES.includes(d.status));
  return (
    <div className="stack--tight">
      {current.length === 0 ? (
        <p className="muted">No current diagnosis.</p>
      ) : (
        <ol className="current-diagnoses">
          {current.map((d) => (
            <li key={d.id}>
              <span className="diagnosis-code">{d.code}</span> <UserText inline text={d.title} />
            </li>
          ))}
        </ol>
      )}
      <div className="form-actions">
        <ActionButton onPress={() => page.selectTab('diagnoses')}>Open the Diagnoses tab</ActionButton>
      </div>
    </div>
  );
}
