import { flushSync } from 'react-dom';
import { setAppLocale } from '../../../shared/dates/app-locale';
import { createRoot } from 'react-dom/client';
import type { AmendmentLetterDocumentData } from '../../../shared/amendments/amendment-letter';
import type { SuperbillDocumentData } from '../../../shared/billing/superbill-contract';
import type { SafetyPlanDocumentData } from '../../../shared/safety-plan/safety-plan-document';
import type { SummaryDocumentData } from '../../../shared/summary/summary-document';
import { AmendmentLetterDocument } from '../amendments/AmendmentLetterDocument';
import { SuperbillDocument } from '../billing/superbill/SuperbillDocument';
import { superbillPageRules } from '../billing/superbill/superbill-page-rules';
import { SafetyPlanDocument } from '../safety-plan/SafetyPlanDocument';
import { fitToOnePage, safetyPlanPageRules } from '../safety-plan/safety-plan-page-rules';
import { pageRules } from '../summary/page-rules';
import { SummaryDocument } from '../summary/SummaryDocument';
import './print-page.css';

/*
 * The page both printers load (summary.html). It holds no data of its own: the printer hands the
 * summary (or a superbill or safety plan, which say so in their `kind`) to window.renderSummary,
 * which renders it, waits until every font and image it needs is loaded, and resolves; the printer
 * then prints. Nothing here talks to the main side.
 */
type Printable =
  SummaryDocumentData | SuperbillDocumentData | SafetyPlanDocumentData | AmendmentLetterDocumentData;

declare global {
  interface Window {
    renderSummary(data: Printable): Promise<void>;
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
  if (data.kind === 'superbill') {
    return (
      <>
        <style>{superbillPageRules(data)}</style>
        <SuperbillDocument data={data} />
      </>
    );
  }
  if (data.kind === 'amendment-letter') {
    return (
      <>
        <style>{safetyPlanPageRules(data.paper)}</style>
        <AmendmentLetterDocument data={data} />
      </>
    );
  }
  return (
    <>
      <style>{safetyPlanPageRules(data.paper)}</style>
      <SafetyPlanDocument data={data} />
    </>
  );
}

async function fontsAndImages(): Promise<void> {
  // Laying the text out is what makes Chromium fetch the font pieces it needs; then wait for them.
  void document.body.offsetHeight;
  await document.fonts.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
}

async function renderSummary(data: Printable): Promise<void> {
  // Dates the page writes itself are in the document's locale, like those it was given.
  setAppLocale(data.locale);
  flushSync(() => root.render(printed(data)));
  await fontsAndImages();
  if ('kind' in data && data.kind === 'safety-plan') {
    // Measured with the real fonts in place; a smaller size may call on fewer glyphs, but no new ones.
    const page = container!.querySelector<HTMLElement>('.safety-plan-page');
    if (page) fitToOnePage(page, data.paper);
    await fontsAndImages();
  }
}

Object.defineProperty(window, 'renderSummary', { value: renderSummary });
