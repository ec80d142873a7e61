import { Alert } from '../../ui/Alert';
import { useClient } from '../clients-queries';
import { OverviewCard } from '../../ui/OverviewCard';
import { UserText } from '../../ui/UserText';

/** What brings the client here, in their words, as the intake recorded it. */
export function PresentingCard({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  if (!client.data) return client.isError ? <Alert tone="error">{client.error.message}</Alert> : null;
  const { inOwnWords, whyNow, hopes } = client.data.intake.presenting;
  const note = client.data.enquiryNote;
  return (
    <OverviewCard title="What brings them here" span="wide">
      {inOwnWords.trim() ? (
        <blockquote className="client-words">
          <UserText text={inOwnWords} />
        </blockquote>
      ) : (
        <p className="muted">Not recorded yet. It goes in the intake, in their own words.</p>
      )}
      {(whyNow.trim() || hopes.trim()) && (
        <dl className="fact-list">
          {whyNow.trim() && (
            <div>
              <dt>Why now</dt>
              <dd>
                <UserText text={whyNow} />
              </dd>
            </div>
          )}
          {hopes.trim() && (
            <div>
              <dt>What they hope will change</dt>
              <dd>
                <UserText text={hopes} />
              </dd>
            </div>
          )}
        </dl>
      )}
      {note.trim() && (
        <dl className="fact-list">
          <div>
            <dt>Note from the enquiry</dt>
            <dd>
              <UserText text={note} />
            </dd>
          </div>
        </dl>
      )}
    </OverviewCard>
  );
}
