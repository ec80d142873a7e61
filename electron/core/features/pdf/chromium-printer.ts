import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../base/content-security-policy';
import { fileUnderRoot } from '../../base/path-containment';
import { mimeTypeFor } from '../../base/mime-types';
import { browserOnThisComputer } from './find-browser';
import { requireSummaryPage } from './renderer-root';
import {
  PREPARE_FUNCTION,
  PRINT_MEDIA,
  RENDER_PACKED_FUNCTION,
  SUMMARY_PAGE,
  type PrintableDocument,
  type SummaryPrinter,
} from './summary-printer';

/** The document as gzipped JSON in base64, for the page's renderPacked. Level 1: the JSON is repetitive, and speed is the point. */
function packDocument(document: PrintableDocument): string {
  return gzipSync(JSON.stringify(document), { level: 1 }).toString('base64');
}

/** A made-up origin: the page is served from memory by request interception and never from a network. */
const ORIGIN = 'https://summary.rapport.invalid';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-breakpad',
];

export interface ChromiumPrinterOptions {
  executablePath?: string;
  rendererRoot?: string;
}

/** The file under the renderer root a URL on ORIGIN names, or null for anything outside it. */
function fileFor(root: string, url: string): string | null {
  const { origin, pathname } = new URL(url);
  return origin === ORIGIN ? fileUnderRoot(root, pathname) : null;
}

/** The built page's files (script, styles, fonts: no client data), read once per printer. */
type FileCache = Map<string, Promise<Buffer>>;

async function serve(context: BrowserContext, root: string, files: FileCache): Promise<void> {
  await context.route('**/*', async (route) => {
    const file = fileFor(root, route.request().url());
    if (!file) return route.abort('blockedbyclient');
    try {
      if (!files.has(file)) files.set(file, readFile(file));
      return await route.fulfill({
        status: 200,
        body: await files.get(file)!,
        headers: {
          'Content-Type': mimeTypeFor(file),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'Cache-Control': 'no-store',
        },
      });
    } catch {
      files.delete(file);
      return route.fulfill({ status: 404, body: '' });
    }
  });
}

/** A context with the summary page loaded and readied, that has never held a document. */
interface BlankPage {
  context: BrowserContext;
  page: Page;
  failures: string[];
}

/**
 * Prints summaries with Chromium driven by playwright-core, outside Electron. One browser per
 * printer, launched on first use and kept for the next summary. Each summary gets a fresh
 * in-memory (incognito) context that is closed as soon as its PDF is out, so no page, script state
 * or cache outlives it. Loading and readying the page is most of the cost of a print and involves
 * no client data, so once the browser is running the printer keeps one blank page ready, made
 * while nobody waits (after the previous print, or on warmUp). The PDF comes back as bytes:
 * nothing is written to disk here.
 */
export class ChromiumSummaryPrinter implements SummaryPrinter {
  private browser: Promise<Browser> | null = null;
  private spare: Promise<BlankPage> | null = null;
  private readonly root: string;
  private readonly files: FileCache = new Map();

  constructor(private readonly options: ChromiumPrinterOptions = {}) {
    this.root = requireSummaryPage(options.rendererRoot);
  }

  async print(document: PrintableDocument): Promise<Uint8Array> {
    const { context, page, failures } = await this.blankPage();
    try {
      // Packed: the DevTools protocol took 0.4 s to carry a 300-note record's 1.4 MB of JSON, and under 0.1 s for its 80 KB gzipped.
      await page.evaluate(
        ([name, packed]) =>
          (globalThis as unknown as Record<string, (p: string) => Promise<void>>)[name]!(packed),
        [RENDER_PACKED_FUNCTION, packDocument(document)] as const,
      );
      if (failures.length > 0) throw new Error(`The summary page failed (${failures.join(', ')}).`);
      return await page.pdf({
        format: document.paper,
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await context.close();
      this.keepSpare();
    }
  }

  /** Starts Chromium and readies a page now, so both overlap other work (unlocking the vault) before the first print. */
  warmUp(): void {
    this.launch().then(
      () => this.keepSpare(),
      () => undefined,
    );
  }

  /** Resolves once the next print's page is ready (or failed to be): a printer at rest. */
  async ready(): Promise<void> {
    await this.spare?.catch(() => undefined);
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.spare = null;
    // A launch that failed has nothing to close; its error was reported to whoever printed.
    if (browser)
      await browser.then(
        (b) => b.close(),
        () => undefined,
      );
  }

  /** The spare page if it came up, or a new one (a spare can fail, e.g. if the browser went away). */
  private async blankPage(): Promise<BlankPage> {
    const spare = this.spare;
    this.spare = null;
    if (spare) {
      try {
        return await spare;
      } catch {
        // Made afresh below; a real fault shows there, with its own error.
      }
    }
    return this.openBlankPage();
  }

  /** Readies the next print's page, only while the browser runs: a closed printer starts nothing. */
  private keepSpare(): void {
    if (!this.browser || this.spare) return;
    const spare = this.openBlankPage();
    spare.catch(() => undefined);
    this.spare = spare;
  }

  private async openBlankPage(): Promise<BlankPage> {
    const browser = await this.launch();
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: true });
    try {
      await serve(context, this.root, this.files);
      const page = await context.newPage();
      await page.emulateMedia({ media: PRINT_MEDIA });
      const failures: string[] = [];
      page.on('pageerror', (error) => failures.push(error.name));
      await page.goto(`${ORIGIN}/${SUMMARY_PAGE}`);
      await page.evaluate(
        (name) => (globalThis as unknown as Record<string, () => Promise<void>>)[name]!(),
        PREPARE_FUNCTION,
      );
      return { context, page, failures };
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  private launch(): Promise<Browser> {
    this.browser ??= Promise.resolve().then(() =>
      chromium.launch({
        executablePath: this.options.executablePath ?? browserOnThisComputer().path,
        args: CHROMIUM_FLAGS,
      }),
    );
    // A failed launch (no browser found, or none at that path) is not remembered: the next print tries again.
    this.browser.catch(() => {
      this.browser = null;
    });
    return this.browser;
  }
}
