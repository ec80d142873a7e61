import { useState } from 'react';
import { CONSENT_KIND_LABELS, CONSENT_KINDS } from '../../../shared/consent/consent-kinds';
import { PLACEHOLDERS } from '../../../shared/consent/consent-placeholders';
import { STARTER_TEXT_NOTICE } from '../../../shared/consent/consent-starter-texts';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { Fold } from '../ui/Fold';
import { usePrintPacket, useConsentTemplates } from './consent-queries';
import { PrintDocumentDialog } from './PrintDocumentDialog';
import { TemplateEditor } from './TemplateEditor';
import './consent.css';

/**
 * Settings → Consent documents: the consent templates the clinician writes once, the fields they may use,
 * and the blank intake packet for clients who prefer paper.
 */
export function DocumentsSettings() {
  const templates = useConsentTemplates();
  const packet = usePrintPacket();
  const [printing, setPrinting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="settings-section" aria-labelledby="settings-documents">
      <h2 id="settings-documents">Consent documents</h2>
      <section className="panel" aria-labelledby="settings-documents-templates">
        <div className="panel__header">
          <h3 id="settings-documents-templates">Consent and agreements</h3>
          <p>Written once here; clients read and sign them on this computer, or on paper.</p>
        </div>
        <Alert tone="info">{STARTER_TEXT_NOTICE}</Alert>
        <Fold title="Fields you can use" description="Filled in from the record when a client signs.">
          <dl className="consent-fields">
            {Object.entries(PLACEHOLDERS).map(([name, meaning]) => (
              <div key={name}>
                <dt>
                  <code>{`{{${name}}}`}</code>
                </dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
        </Fold>
        {templates.isError && <Alert tone="error">{templates.error.message}</Alert>}
        {templates.data &&
          CONSENT_KINDS.map((kind) => {
            const current = templates.data.find((t) => t.kind === kind);
            return (
              <Fold
                key={`${kind}-${current?.id ?? 'new'}`}
                title={CONSENT_KIND_LABELS[kind]}
                summary={current ? `Version ${current.number}` : 'Not written'}
              >
                <TemplateEditor kind={kind} current={current} />
              </Fold>
            );
          })}
      </section>
      <section className="panel" aria-labelledby="settings-documents-packet">
        <div className="panel__header">
          <h3 id="settings-documents-packet">Blank intake packet</h3>
          <p>The intake questions and each document above, with lines to write and sign on, to print.</p>
        </div>
        <div className="form-actions">
          <ActionButton onPress={() => setPrinting(true)}>Print intake packet…</ActionButton>
        </div>
        <p className="muted" role="status">
          {announcement}
        </p>
      </section>
      <PrintDocumentDialog
        title="Print the blank intake packet"
        subtitle="No client’s details are in it; the file name says only that it is an intake packet."
        isOpen={printing}
        printer={packet}
        onClose={() => setPrinting(false)}
        onSaved={setAnnouncement}
      />
    </section>
  );
}
