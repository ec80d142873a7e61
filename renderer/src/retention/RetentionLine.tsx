import { formatDate } from '../../../shared/dates/format-date';
import { useClientRetention } from './retention-queries';
import { retentionReason } from './retention-words';

/** The record's keep-until date and how it was worked out, for a discharged or archived client. */
export function RetentionLine({ clientId }: { clientId: string }) {
  const retention = useClientRetention(clientId);
  if (!retention.data) return null;
  const { retainUntil } = retention.data;
  return (
    <span className="muted">
      Record kept until {formatDate(retainUntil)} ({retentionReason(retention.data)})
    </span>
  );
}
