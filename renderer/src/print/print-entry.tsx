import { flushSync } from 'react-dom';
import { setAppLocale } from '../../../shared/dates/app-locale';
import { createRoot } from 'react-dom/client';
import type { SuperbillDocumentData } from '../../../shared/billing/superbill-contract';
import type { SummaryDocumentData } from '../../../shared/summary/summary-document';
import { SuperbillDocument } from '../billing/superbill/SuperbillDocument';
import { superbillPageRules } from '../billing/superbill/superbill-page-rules';
import { pageRules } from '../summary/page-rules';
import { SummaryDocument } from '../summary/SummaryDocument';
import './print-page.css';

/*
 * The page both printers load (summary.html). It holds no data of its own: the printer hands the
 * summary (or a superbill, which says so in its `kind`) to window.renderSummary, which renders it, waits until every font and image it needs is
 * loaded, and resolves; the printer then prints. Nothing here talks to the main side.
 */
declare global {
  interface Window {
    renderSummary(data: SummaryDocumentData | SuperbillDocumentData): Promise<void>;
  }
}

const container = document.getElementById('summary');
if (!container) throw new Error('summary.html has no #summary element.');
const root = createRoot(container);

async function renderSummary(data: SummaryDocumentData | SuperbillDocumentData): Promise<void> {
  // Dates the page writes itself are in the document's locale, like those it was given.
  setAppLocale(data.locale);
  flushSync(() =>
    root.render(
      'kind' in data ? (
        <>
          <style>{superbillPageRules(data)}</style>
          <SuperbillDocument data={data} />
        </>
      ) : (
        <>
          <style>{pageRules(data)}</style>
          <SummaryDocument data={data} />
        </>
      ),
    ),
  );
  // Laying the text out is what makes Chromium fetch the font pieces it needs; then wait for them.
  void document.body.offsetHeight;
  await document.fonts.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
}

Object.defineProperty(window, 'renderSummary', { value: renderSummary });
