import { useState } from 'react';
import type { ConsentStatusItem } from '../../../shared/consent/consent-status';
import { CONSENT_KIND_LABELS, CONSENT_KINDS, type ConsentKind } from '../../../shared/consent/consent-kinds';
import { formatDate } from '../../../shared/dates/format-date';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { OverviewCard } from '../ui/OverviewCard';
import { UserText } from '../ui/UserText';
import { useClientConsent, useConsentTemplates, usePrintConsent } from './consent-queries';
import { PrintDocumentDialog } from './PrintDocumentDialog';
import { ScanDialog } from './ScanDialog';
import { SignDocumentDialog } from './SignDocumentDialog';
import './consent.css';

function stateWords(item: ConsentStatusItem): string {
  switch (item.state) {
    case 'missing':
      return 'Not signed';
    case 'expired':
      return `Ended ${formatDate(item.expiresOn!)}`;
    case 'expiring':
      return `Signed ${formatDate(item.signedOn!)}, ends ${formatDate(item.expiresOn!)}`;
    default:
      return `Signed ${formatDate(item.signedOn!)}${item.expiresOn ? `, ends ${formatDate(item.expiresOn)}` : ''}${item.outdated ? ' (an earlier version)' : ''}`;
  }
}

/** On the client's overview: what is signed and when, what is missing, and releases ending or ended. */
export function ConsentCard({ clientId }: { clientId: string }) {
  const consent = useClientConsent(clientId);
  const templates = useConsentTemplates();
  const printer = usePrintConsent();
  const [signing, setSigning] = useState<{ kind: ConsentKind | null } | null>(null);
  const [printing, setPrinting] = useState<string | null>(null);
  const [viewing, setViewing] = useState<{ documentId: string; title: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  if (consent.isError) return <Alert tone="error">{consent.error.message}</Alert>;
  if (!consent.data || !templates.data) return null;
  const written = CONSENT_KINDS.filter((k) => templates.data.some((t) => t.kind === k));
  if (written.length === 0 && consent.data.documents.length === 0) return null;
  const { status, waiver, documents } = consent.data;
  const scanned = new Set(documents.filter((d) => d.scanType !== null).map((d) => d.id));
  return (
    <OverviewCard
      title="Consent and agreements"
      span="wide"
      action={
        written.length > 0 && (
          <ActionButton variant="quiet" onPress={() => setSigning({ kind: null })}>
            Ask to sign…
          </ActionButton>
        )
      }
    >
      <ul className="consent-status">
        {status.map((item) => (
          <li key={item.documentId ?? item.kind} className="consent-status__item">
            <span>
              {CONSENT_KIND_LABELS[item.kind]}
              {item.recipient && (
                <>
                  {' to '}
                  <UserText inline text={item.recipient} />
                </>
              )}
            </span>
            <span className={`consent-status__state consent-status__state--${item.state}`}>
              {stateWords(item)}
            </span>
            {item.documentId && scanned.has(item.documentId) && (
              <ActionButton
                variant="quiet"
                onPress={() =>
                  setViewing({ documentId: item.documentId!, title: CONSENT_KIND_LABELS[item.kind] })
                }
              >
                See the scan…
              </ActionButton>
            )}
            {item.documentId ? (
              <ActionButton variant="quiet" onPress={() => setPrinting(item.documentId)}>
                Print…
              </ActionButton>
            ) : (
              <ActionButton variant="quiet" onPress={() => setSigning({ kind: item.kind })}>
                Ask to sign
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      {waiver && (
        <p className="muted">
          Intake completed without a signed consent: <UserText inline text={waiver.reason} />
        </p>
      )}
      <p className="muted" role="status">
        {announcement}
      </p>
      <SignDocumentDialog
        clientId={clientId}
        kinds={written}
        kind={signing?.kind ?? null}
        isOpen={signing !== null}
        onClose={() => setSigning(null)}
        onSigned={setAnnouncement}
      />
      <ScanDialog
        documentId={viewing?.documentId ?? null}
        title={viewing?.title ?? ''}
        onClose={() => setViewing(null)}
      />
      <PrintDocumentDialog
        title="Print the signed document"
        subtitle="The text as signed, with the signature. The file name does not hold the client’s name."
        isOpen={printing !== null}
        printer={{
          ...printer,
          mutate: (request, options) => printer.mutate({ documentId: printing!, ...request }, options),
        }}
        onClose={() => setPrinting(null)}
        onSaved={setAnnouncement}
      />
    </OverviewCard>
  );
}
