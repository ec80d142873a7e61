import { flushSync } from 'react-dom';
import { setAppLocale } from '../../../shared/dates/app-locale';
import { createRoot } from 'react-dom/client';
import type { PrintableDocument } from '../../../shared/print/printable-document';
import { BillingDocument } from '../billing/documents/BillingDocument';
import { billingDocumentPageRules } from '../billing/documents/billing-document-page-rules';
import { AmendmentLetterDocument } from '../amendments/AmendmentLetterDocument';
import { SuperbillDocument } from '../billing/superbill/SuperbillDocument';
import { superbillPageRules } from '../billing/superbill/superbill-page-rules';
import { ConsentDocumentPage } from '../consent/ConsentDocumentPage';
import { IntakePacketPage } from '../consent/IntakePacketPage';
import { RecordDocument } from '../record/RecordDocument';
import { recordPageRules } from '../record/record-page-rules';
import { SafetyPlanDocument } from '../safety-plan/SafetyPlanDocument';
import { fitToOnePage, safetyPlanPageRules } from '../safety-plan/safety-plan-page-rules';
import { pageRules } from '../summary/page-rules';
import { consentPageRules } from '../consent/consent-page-rules';
import { ContactsDocument } from './contacts/ContactsDocument';
import { SummaryDocument } from '../summary/SummaryDocument';
import { OnPaperContext } from '../ui/on-paper';
import { CustodianPackageDocument } from './custodian/CustodianPackageDocument';
import { documentFontsAndImages } from './document-fonts';
import { presentLayoutWrappersAsNone } from './layout-wrappers';
import { unpackDocument } from './unpack-document';
import './print-page.css';

/*
 * The page both printers load (summary.html). It holds no data of its own: the printer hands the
 * summary, or another document that says what it is in its `kind`, to window.renderSummary (or,
 * packed, to window.renderPacked), which renders it, waits until every font and image it needs is
 * loaded, and resolves; the printer then prints. Nothing here talks to the main side.
 */
type Printable = PrintableDocument;

declare global {
  interface Window {
    renderSummary(data: Printable): Promise<void>;
    renderPacked(gzipBase64: string): Promise<void>;
    preparePage(): Promise<void>;
  }
}

const container = document.getElementById('summary');
if (!container) throw new Error('summary.html has no #summary element.');
const root = createRoot(container);

function printed(data: Printable) {
  if (!('kind' in data)) {
    return (
      <>
        <style>{pageRules(data)}</style>
        <SummaryDocument data={data} />
      </>
    );
  }
  switch (data.kind) {
    case 'superbill':
      return (
        <>
          <style>{superbillPageRules(data)}</style>
          <SuperbillDocument data={data} />
        </>
      );
    case 'safety-plan':
      return (
        <>
          <style>{safetyPlanPageRules(data.paper)}</style>
          <SafetyPlanDocument data={data} />
        </>
      );
    case 'consent':
    case 'intake-packet':
      return (
        <>
          <style>{consentPageRules(data.paper)}</style>
          {data.kind === 'consent' ? <ConsentDocumentPage data={data} /> : <IntakePacketPage data={data} />}
        </>
      );
    case 'record':
      return (
        <>
          <style>{recordPageRules(data)}</style>
          <RecordDocument data={data} />
        </>
      );
    case 'amendment-letter':
      return (
        <>
          <style>{safetyPlanPageRules(data.paper)}</style>
          <AmendmentLetterDocument data={data} />
        </>
      );
    case 'contacts':
      return (
        <>
          <style>{consentPageRules(data.paper)}</style>
          <ContactsDocument data={data} />
        </>
      );
    case 'custodian-package':
      return (
        <>
          <style>{consentPageRules(data.paper)}</style>
          <CustodianPackageDocument data={data} />
        </>
      );
    case 'invoice':
    case 'receipt':
    case 'statement':
      return (
        <>
          <style>{billingDocumentPageRules(data)}</style>
          <BillingDocument data={data} />
        </>
      );
  }
}

async function renderSummary(data: Printable): Promise<void> {
  // Dates the page writes itself are in the document's locale, like those it was given.
  setAppLocale(data.locale);
  flushSync(() => root.render(<OnPaperContext value>{printed(data)}</OnPaperContext>));
  presentLayoutWrappersAsNone(container!);
  // Its styles are read before it is hidden (the loads start at once): under a hidden element
  // they are worked out one element at a time.
  const loaded = documentFontsAndImages(container!);
  // Not laid out while its fonts arrive: every batch of pieces that came in would lay it all out again.
  container!.style.contentVisibility = 'hidden';
  try {
    await loaded;
  } finally {
    container!.style.contentVisibility = '';
  }
  if ('kind' in data && data.kind === 'safety-plan') {
    // Measured with the real fonts in place; a smaller size may call on fewer glyphs, but no new ones.
    const page = container!.querySelector<HTMLElement>('.safety-plan-page');
    if (page) fitToOnePage(page, data.paper);
  }
}

/**
 * Readies a page before it is given a document: the Latin faces every document sets its text in
 * (regular, semibold, italic), and the symbols the documents print themselves (trends,
 * differences, ticked boxes) that Noto Sans does not draw, are fetched and decoded now, while
 * nobody waits, so that a print fetches only the faces of other scripts it happens to need.
 */
async function preparePage(): Promise<void> {
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  // The documents' font list on paper (summary-document.css sets --font-lead to Noto Sans there).
  probe.style.cssText =
    "position:absolute;visibility:hidden;font-family:'Noto Sans',var(--font-arabic),var(--font-scripts),var(--font-han),sans-serif";
  for (const style of ['', 'font-weight:600', 'font-style:italic']) {
    const line = document.createElement('span');
    line.style.cssText = style;
    line.textContent = PAGE_TEXT;
    probe.append(line);
  }
  document.body.append(probe);
  try {
    await documentFontsAndImages(probe);
  } finally {
    probe.remove();
  }
}

/** Letters every document has, and the symbols above. */
const PAGE_TEXT = 'Aa ←↑→↓−√≈▾☐';

/** renderSummary, for a document packed by the command line's printer (chromium-printer.ts). */
async function renderPacked(gzipBase64: string): Promise<void> {
  await renderSummary((await unpackDocument(gzipBase64)) as Printable);
}

Object.defineProperty(window, 'renderSummary', { value: renderSummary });
Object.defineProperty(window, 'renderPacked', { value: renderPacked });
Object.defineProperty(window, 'preparePage', { value: preparePage });
