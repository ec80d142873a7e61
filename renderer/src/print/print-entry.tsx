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
import { CustodianPackageDocument } from './custodian/CustodianPackageDocument';
import './print-page.css';

/*
 * The page both printers load (summary.html). It holds no data of its own: the printer hands the
 * summary, or another document that says what it is in its `kind`, to window.renderSummary,
 * which renders it, waits until every font and image it needs is loaded, and resolves; the printer
 * then prints. Nothing here talks to the main side.
 */
type Printable = PrintableDocument;

declare global {
  interface Window {
    renderSummary(data: Printable): Promise<void>;
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

async function fontsAndImages(): Promise<void> {
  // Laying the text out is what makes Chromium fetch the font pieces it needs; then wait for them.
  void document.body.offsetHeight;
  await document.fonts.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
}

/**
 * Set while the document's fonts are fetched: a long document lets the screen skip what is off it
 * (content-visibility, see record-document.css), but fetching the fonts needs all of it laid out.
 */
const FETCHING_FONTS = 'data-fetching-fonts';

async function renderSummary(data: Printable): Promise<void> {
  // Dates the page writes itself are in the document's locale, like those it was given.
  setAppLocale(data.locale);
  document.documentElement.setAttribute(FETCHING_FONTS, '');
  try {
    flushSync(() => root.render(printed(data)));
    await fontsAndImages();
    if ('kind' in data && data.kind === 'safety-plan') {
      // Measured with the real fonts in place; a smaller size may call on fewer glyphs, but no new ones.
      const page = container!.querySelector<HTMLElement>('.safety-plan-page');
      if (page) fitToOnePage(page, data.paper);
      await fontsAndImages();
    }
  } finally {
    document.documentElement.removeAttribute(FETCHING_FONTS);
  }
}

/**
 * Readies a page before it is given a document: the Latin faces every document sets its text in
 * (regular, semibold, italic) are fetched and decoded now, while nobody waits, so that a print
 * fetches only the faces of other scripts it happens to need.
 */
async function preparePage(): Promise<void> {
  // The documents' lead face (summary-document.css sets --font-lead to it on paper).
  await Promise.all(
    ['400', '600', 'italic 400'].map((style) => document.fonts.load(`${style} 10pt "Noto Sans"`, 'Aa')),
  );
  await fetchFallbacks(PAGE_SYMBOLS);
}

/**
 * Symbols the documents print themselves (trends, differences, ticked boxes) that Noto Sans does
 * not draw. Chromium finds a face for such a character by trying each family in the font list that
 * claims it, fetching one piece at a time and laying the whole document out again after each: for
 * a single arrow in a 200-session summary that was seven full layouts, most of the time the print
 * took. Fetched while the page is readied, the pieces are in hand when a document arrives.
 */
const PAGE_SYMBOLS = '←↑→↓−√≈▾☐';

/** Lays `text` out in the documents' font list until no piece it calls for is still loading. */
async function fetchFallbacks(text: string): Promise<void> {
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText =
    "position:absolute;visibility:hidden;font-family:'Noto Sans',var(--font-arabic),var(--font-scripts),var(--font-han),sans-serif";
  for (const style of ['normal', 'font-weight:600', 'font-style:italic']) {
    const line = document.createElement('span');
    line.style.cssText = style === 'normal' ? '' : style;
    line.textContent = text;
    probe.append(line);
  }
  document.body.append(probe);
  try {
    for (;;) {
      void probe.offsetHeight;
      if (document.fonts.status !== 'loading') break;
      await document.fonts.ready;
    }
  } finally {
    probe.remove();
  }
}

Object.defineProperty(window, 'renderSummary', { value: renderSummary });
Object.defineProperty(window, 'preparePage', { value: preparePage });
