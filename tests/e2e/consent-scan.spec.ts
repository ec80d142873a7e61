import type { Locator, Page } from '@playwright/test';
import { STARTER_TEXTS } from '../../shared/consent/consent-starter-texts';
import type { ConsentKind, ScanType } from '../../shared/consent/consent-kinds';
import { checkScreen } from './calendar-screen-check';
import { expect, test } from './fixtures';
import { createAndOpenVault } from './flows';
import { callOk, openClientTab } from './goals-support';
import { APP_ORIGIN, type LaunchedApp } from './harness';
import { jbig2ScanPdf } from './jbig2-scan-pdf';

type Scan = { type: ScanType; base64: string };

/** Signs each kind on paper with its scan, for one new client, and opens that client's overview. */
async function signOnPaper(app: LaunchedApp, scans: [ConsentKind, Scan][]): Promise<Locator> {
  const { page } = app;
  await callOk(app, 'practice:update', { clinicianName: 'Dr Ana Ríos', practiceName: 'Harbour Street' });
  const { id: clientId } = await callOk(app, 'clients:createEnquiry', { chosenName: 'Mariam Haddad' });
  const signedOn = new Date().toISOString().slice(0, 10);
  for (const [kind, scan] of scans) {
    const templates = await callOk(app, 'consent:saveTemplate', { kind, ...STARTER_TEXTS[kind] });
    const template = templates.find((t) => t.kind === kind)!;
    await callOk(app, 'consent:sign', {
      clientId,
      templateId: template.id,
      kind,
      signedOn,
      method: 'paper',
      signerName: 'Mariam Haddad',
      scan,
    });
  }
  await openClientTab(page, 'Mariam Haddad', 'Overview');
  return page.getByRole('region', { name: 'Consent and agreements' });
}

async function openScan(page: Page, card: Locator, document: string): Promise<Locator> {
  const row = card.getByRole('listitem').filter({ hasText: document });
  await row.getByRole('button', { name: 'See the scan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan of the signed paper' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** How many of the canvas's pixels are ink (painted and dark), read back from the canvas itself. */
function inkOn(canvas: Locator): Promise<number> {
  return canvas.evaluate(
    (element: {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
      };
    }) => {
      if (element.width === 0) return 0;
      const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 384) ink++;
      return ink;
    },
  );
}

test('a scan of a consent signed on paper is seen in the app, a picture shown from memory', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  await createAndOpenVault(page);
  // A real PNG, made by the browser: drawn on a canvas rather than screenshotted, since capturing a
  // second tab's screen failed under load in CI ("Unable to capture screenshot").
  const png = await page.evaluate(() => {
    interface Ink {
      fillStyle: string;
      font: string;
      fillRect(x: number, y: number, w: number, h: number): void;
      fillText(text: string, x: number, y: number): void;
    }
    interface Canvas {
      width: number;
      height: number;
      getContext(kind: '2d'): Ink;
      toDataURL(type: string): string;
    }
    const { document } = globalThis as unknown as { document: { createElement(tag: 'canvas'): Canvas } };
    const canvas = document.createElement('canvas');
    canvas.width = 420;
    canvas.height = 300;
    const ink = canvas.getContext('2d');
    ink.fillStyle = '#fff';
    ink.fillRect(0, 0, 420, 300);
    ink.fillStyle = '#000';
    ink.font = '20px serif';
    ink.fillText('I agree to start therapy.', 24, 48);
    ink.font = 'italic 20px serif';
    ink.fillText('Signed: M. Haddad', 24, 120);
    return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
  });
  const card = await signOnPaper(app, [['informed-consent', { type: 'image/png', base64: png }]]);

  const dialog = await openScan(page, card, 'Informed consent to treatment');
  const picture = dialog.getByRole('img', { name: /Scan of the signed paper/ });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect
    .poll(() =>
      picture.evaluate(
        (img: { complete: boolean; naturalWidth: number }) => img.complete && img.naturalWidth,
      ),
    )
    .toBe(420);
  await checkScreen(page, 'consent-scan-picture');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a PDF scan is drawn page by page from memory by a worker of the app, ended on close; a damaged one or one the app cannot decode is explained', async ({
  openApp,
}) => {
  const app = await openApp();
  const { page } = app;
  // An error the pdf.js worker logs, or a script or WebAssembly the policy refuses anywhere, fails
  // the test (the fixture also fails it on any console error of the page).
  const workers: { url: string; closed: boolean }[] = [];
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) refusals.push(message.text());
  });
  page.on('worker', (worker) => {
    const seen = { url: worker.url(), closed: false };
    workers.push(seen);
    worker.on('close', () => (seen.closed = true));
    worker.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
        refusals.push(message.text());
    });
  });
  await createAndOpenVault(page);

  // A real twelve-page PDF, printed by the browser itself: long enough that only the pages near
  // the visible part are drawn.
  const maker = await page.context().newPage();
  const further = Array.from(
    { length: 11 },
    (_, i) => `<p style="padding:24px;break-before:page">Page ${i + 2}: what we do if the call drops.</p>`,
  );
  await maker.setContent(
    '<body style="margin:0;background:#fff;font:20px serif">' +
      '<p style="padding:24px">I agree to sessions by video.<br><br>Signed: <i>M. Haddad</i></p>' +
      `${further.join('')}</body>`,
  );
  const pdf = await maker.pdf({ width: '420px', height: '300px' });
  await maker.close();
  const card = await signOnPaper(app, [
    ['telehealth', { type: 'application/pdf', base64: pdf.toString('base64') }],
    [
      'privacy-notice',
      { type: 'application/pdf', base64: pdf.subarray(0, Math.floor(pdf.length / 3)).toString('base64') },
    ],
    ['policies-fees', { type: 'application/pdf', base64: jbig2ScanPdf().toString('base64') }],
  ]);

  let dialog = await openScan(page, card, 'Telehealth');
  const pages = dialog.getByRole('region', { name: 'Pages of the scan (12)' });
  await expect(pages).toBeVisible();
  const canvases = pages.getByRole('img', {
    name: /^Scan of the signed paper: Telehealth consent, page \d+ of 12$/,
  });
  await expect(canvases).toHaveCount(12);
  await expect(pages.getByText('Page 1 of 12')).toBeVisible();
  await expect(pages.getByText('Page 12 of 12')).toBeAttached();
  const [first, last] = [canvases.first(), canvases.last()];
  await expect(first).toHaveAttribute('data-drawn', 'yes');
  await expect.poll(() => inkOn(first)).toBeGreaterThan(200);
  await expect(last).toHaveAttribute('data-drawn', 'no');
  expect(await inkOn(last)).toBe(0);
  // The pages scroll inside the dialog, by keyboard too; the first is let go once far off.
  await pages.focus();
  await page.keyboard.press('End');
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('data-drawn', 'yes');
  await expect.poll(() => inkOn(last)).toBeGreaterThan(200);
  await expect(first).toHaveAttribute('data-drawn', 'no');
  expect(await first.evaluate((canvas: { width: number }) => canvas.width)).toBe(0);
  await page.keyboard.press('Home');
  await expect(first).toBeInViewport();
  await expect(first).toHaveAttribute('data-drawn', 'yes');
  // The worker came from the app's own files, not from a blob: or data: URL.
  expect(workers.length).toBeGreaterThan(0);
  for (const { url } of workers) {
    expect(url.startsWith(`${APP_ORIGIN}/assets/pdf.worker`) && url.endsWith('.mjs'), url).toBe(true);
  }
  await checkScreen(page, 'consent-scan-pdf');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => workers.every((w) => w.closed)).toBe(true);

  dialog = await openScan(page, card, 'Privacy notice acknowledgement');
  await expect(dialog.getByRole('alert')).toContainText('This PDF cannot be read: the file looks damaged');
  await expect(dialog.getByRole('img')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  dialog = await openScan(page, card, 'Practice policies and fees');
  const scanned = dialog.getByRole('img', { name: /page 1 of 1$/ });
  await expect(scanned).toHaveAttribute('data-drawn', 'yes');
  await expect(dialog.getByText(/an image format the app cannot draw \(JBIG2 or JPEG 2000\)/)).toBeVisible();
  // What the page draws itself is still shown.
  await expect.poll(() => inkOn(scanned)).toBeGreaterThan(200);
  await checkScreen(page, 'consent-scan-pdf-undecodable');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  expect(refusals).toEqual([]);
});
