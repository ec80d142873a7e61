import { formatMoment } from '../../../shared/dates/format-moment';
import { shortFingerprint } from '../../../shared/notes/short-fingerprint';
import { useNavigate } from '../navigation/routes';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';

interface SignatureFactsProps {
  /** "note" or "addendum": what the warning names. */
  what: 'note' | 'addendum';
  signedAt: string;
  signedBy: string | null;
  contentHash: string | null;
  intact: boolean;
}

/** "Signed 12 Mar 2026, 14:32 by Dr Ana Ruiz, PsyD": signatures from before the signer was recorded say only when. */
function signedWords(signedAt: string, signedBy: string | null): string {
  return `Signed ${formatMoment(signedAt)}${signedBy ? ` by ${signedBy}` : ''}`;
}

/**
 * Who signed and when, and the start of the fingerprint, to compare with a printed copy. A record
 * that no longer matches its fingerprint says so in words above everything else it shows.
 */
export function SignatureFacts({ what, signedAt, signedBy, contentHash, intact }: SignatureFactsProps) {
  const navigate = useNavigate();
  return (
    <>
      {!intact && (
        <Alert tone="error">
          <p>
            <strong>
              This {what} was changed after it was signed. What it says now is not what was signed on{' '}
              {formatMoment(signedAt)}.
            </strong>
          </p>
          <p>
            Its fingerprint no longer matches. Rapport did not make this change: it was made to the vault’s
            files from outside.
          </p>
          <div className="button-row">
            <ActionButton variant="quiet" onPress={() => navigate({ page: 'integrity' })}>
              See Settings → Integrity
            </ActionButton>
          </div>
        </Alert>
      )}
      <p className="signature-facts">
        {signedWords(signedAt, signedBy)}
        {contentHash && (
          <>
            {' · '}
            Fingerprint <span className="signature-facts__fingerprint">{shortFingerprint(contentHash)}</span>
          </>
        )}
      </p>
    </>
  );
}
