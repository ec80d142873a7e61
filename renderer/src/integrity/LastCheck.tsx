import type { IntegrityStatus } from '../../../shared/integrity/integrity-contract';
import { formatMoment } from '../../../shared/dates/format-moment';
import { Icon } from '../ui/Icon';
import { countWords } from './integrity-words';

/** Since the vault was unlocked there is no report yet: what the audit trail remembers of the last sound check. */
function NotYet({ lastSoundAt }: { lastSoundAt: string | null }) {
  return (
    <div className="integrity-last integrity-last--unknown">
      <Icon name="info" />
      <div className="integrity-last__text">
        <p className="integrity-last__headline">Never checked since unlock</p>
        <p className="muted">
          {lastSoundAt ? (
            <>
              The audit trail records the last check that found nothing wrong on{' '}
              <time dateTime={lastSoundAt}>{formatMoment(lastSoundAt)}</time>.
            </>
          ) : (
            'The audit trail records no check that found nothing wrong yet.'
          )}
        </p>
      </div>
    </div>
  );
}

/** The last check since unlocking: when, and whether the vault was sound. */
export function LastCheck({ status }: { status: IntegrityStatus }) {
  const last = status.last;
  if (!last) return <NotYet lastSoundAt={status.lastSoundAt} />;
  const count = last.findings.length + last.more;
  return (
    <div className={last.ok ? 'integrity-last' : 'integrity-last integrity-last--found'}>
      <Icon name={last.ok ? 'check' : 'alert'} />
      <div className="integrity-last__text">
        <p className="integrity-last__headline">
          {last.ok
            ? 'Sound: nothing was changed outside Rapport'
            : `Found ${countWords(count, 'change', 'changes')} made outside Rapport`}
        </p>
        <p className="muted">
          Last checked <time dateTime={last.at}>{formatMoment(last.at)}</time>
        </p>
      </div>
    </div>
  );
}
