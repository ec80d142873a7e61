import { CONSENT_METHOD_LABELS } from '../../../shared/consent/consent-kinds';
import type { ConsentDocumentData } from '../../../shared/consent/consent-document';
import { formatDate } from '../../../shared/dates/format-date';
import { SignatureImage } from '../signature/SignatureImage';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import '../theme/fonts';
import './consent-print.css';

/**
 * A signed consent on paper: the text exactly as the client read it, then the signature block
 * (who, on what day, how, under which version of the template), as the record keeps it.
 */
export function ConsentDocumentPage({ data }: { data: ConsentDocumentData }) {
  const { document } = data;
  return (
    <ScriptLanguagesContext value={data.scriptLanguages}>
      <article className="consent-page" lang="en">
        <header className="consent-page__head">
          <p className="consent-page__practice">
            <UserText inline text={data.practice.name} />
            {data.practice.phone && (
              <>
                {' · '}
                <bdi dir="ltr">{data.practice.phone}</bdi>
              </>
            )}
          </p>
          <h1>
            <UserText inline text={document.title} />
          </h1>
        </header>
        {document.recipient && (
          <p className="consent-page__release">
            Released to: <UserText inline text={document.recipient} />
            {document.expiresOn && <>. Ends on {formatDate(document.expiresOn)}.</>}
          </p>
        )}
        <div className="consent-page__text">
          <UserText text={document.text} />
        </div>
        <section className="consent-page__signature" aria-label="Signature">
          {document.method === 'drawn' && (
            <SignatureImage path={document.signaturePath} label={`Signature of ${document.signerName}`} />
          )}
          <dl>
            <dt>Signed by</dt>
            <dd>
              <UserText inline text={document.signerName} />
            </dd>
            <dt>Signed on</dt>
            <dd>{formatDate(document.signedOn)}</dd>
            <dt>How</dt>
            <dd>{CONSENT_METHOD_LABELS[document.method]}</dd>
            <dt>Document</dt>
            <dd>Template version {document.templateNumber}</dd>
          </dl>
        </section>
        <footer className="consent-page__foot">Printed {formatDate(data.printedOn)}</footer>
      </article>
    </ScriptLanguagesContext>
  );
}
