/**
 * The Rapport UI in Chromium with the real main side behind it, for end-to-end tests. No Electron
 * binary can start on the machines these tests run on, so this plays the Electron shell's part:
 *
 * - Serves the built UI (out/renderer, from `npx electron-vite build`; nothing is built here) at a
 *   fake origin, APP_ORIGIN, straight from disk through request interception: no server, no port.
 *   It sends the shell's Content-Security-Policy header, refuses paths outside out/renderer and
 *   aborts every request to any other origin, as the offline shell does.
 * - Creates the real core (`createAppCore`: router, vault session, encrypted SQLCipher vault) over
 *   the given folder, and exposes `core.router.invoke` to the page as a binding. The session's
 *   timer is off: the daily backup and check (and the idle lock) happen when a test calls
 *   `core.session.tick()`, never 15 s into whatever a test is checking on a slow machine.
 * - Installs, before any page script runs, a frozen `window.rapport` with the RapportBridge shape
 *   the preload provides (invoke/on), and forwards the core's events to its listeners as the shell
 *   does: the session's 'locked' as 'vault:locked' and 'save-requested' as 'vault:saveNow', the
 *   backups' 'progress' as 'backup:progress', the integrity check's as 'integrity:progress', the
 *   export's and the import's as 'export:progress' and 'import:progress'.
 * - Plays the system folder picker with `chooseFolder` (the folder the test wants "picked", or null
 *   for a cancelled dialog); without it, 'files:chooseFolder' answers that it is unavailable.
 * - Plays the shell's PDF printer and save dialog with `summaryExport` (a printer, such as the
 *   Chromium one the CLI uses, and the path the test wants "chosen"); without it, saving a summary
 *   or a superbill answers that it is unavailable.
 *
 *   const app = await launchApp({ vaultDir: makeVaultDir(), kdf: TEST_KDF });
 *   await app.page.getByLabel('Passphrase').fill('…');
 *   await app.close(); // locks the vault, closes the browser (or the app's context in a shared one)
 *
 * `errors` collects page errors and console errors (a CSP violation shows up there); tests assert
 * it stays empty. `calls` lists the channel of each bridge call, for tests about how often the UI calls.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { BackupProgress } from '../../shared/backup/backup-contract';
import type { BridgeEvent, BridgeEvents, LockReason } from '../../shared/contract';
import type { IntegrityProgress } from '../../shared/integrity/integrity-contract';
import type { ExportProgressEvent, ImportProgressEvent } from '../../shared/export/export-contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/base/content-security-policy';
import { fileUnderRoot } from '../../electron/core/base/path-containment';
import { mimeTypeFor } from '../../electron/core/base/mime-types';
import type { ChooseFolder } from '../../electron/core/features/files/files-service';
import type { SummaryExportPorts } from '../../electron/core/features/pdf/summary-service';
import { createAppCore, type AppCore } from '../../electron/core/router/app-core';
import type { KdfParams } from '../../electron/core/vault/key-file';
import { setAppLocale } from '../../shared/dates/app-locale';

export const APP_ORIGIN = 'https://rapport.test';
/**
 * The system's locale the app runs in unless a test chooses another. The tests' own process writes
 * dates in it too, so an expectation made with shared/dates reads as the app writes it.
 */
export const DEFAULT_LOCALE = 'en-GB';
setAppLocale(DEFAULT_LOCALE);
/** Cheap enough that each create or unlock takes milliseconds; the app itself uses the strong default. */
export const TEST_KDF: KdfParams = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 };

const RENDERER_ROOT = fileURLToPath(new URL('../../out/renderer/', import.meta.url));
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchOptions {
  vaultDir: string;
  kdf?: KdfParams;
  /** Stands in for the system folder picker: the folder "picked" for each purpose, or null (cancelled). */
  chooseFolder?: ChooseFolder;
  /** Stands in for the PDF printer and the system save dialog of summary and superbill exports. */
  summaryExport?: SummaryExportPorts;
  /**
   * A Chromium already running, for the app to open in a context of its own (as isolated as a new
   * browser, and far cheaper to start); without it, one is launched and closed with the app.
   */
  browser?: Browser;
  /**
   * The system's locale, as the shell would read it from the OS: the browser context's locale and
   * the one the core hands the UI and the PDFs. en-GB unless a test chooses another.
   */
  locale?: string;
}

export interface LaunchedApp {
  page: Page;
  core: AppCore;
  browser: Browser;
  errors: string[];
  /** The channel of every bridge call the page made, in order (never the payloads). */
  calls: string[];
  close(): Promise<void>;
}

/** The file under out/renderer a URL on the app origin names, or null for anything else. */
function rendererFile(url: string): string | null {
  const { origin, pathname } = new URL(url);
  return origin === APP_ORIGIN ? fileUnderRoot(RENDERER_ROOT, pathname, 'index.html') : null;
}

async function serveRenderer(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const file = rendererFile(url);
    if (!file) return route.fulfill({ status: 403, body: 'Forbidden' });
    if (!existsSync(file) || !statSync(file).isFile())
      return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: {
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      },
    });
  });
}

/**
 * Runs in the page before its own scripts: the harness's stand-in for the preload. It is passed
 * to the page as source, so it may use nothing from this module.
 */
function installBridge(): void {
  type Listener = (payload: unknown) => void;
  const page = globalThis as unknown as {
    __rapportInvoke(channel: unknown, input: unknown): Promise<unknown>;
  };
  const listeners = new Map<string, Set<Listener>>();
  const bridge = Object.freeze({
    invoke: (channel: unknown, input: unknown) => page.__rapportInvoke(channel, input),
    on(event: string, listener: Listener) {
      // A fresh wrapper per call, so the returned unsubscribe removes exactly this registration.
      const wrapper: Listener = (payload) => listener(payload);
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(wrapper);
      return () => {
        set.delete(wrapper);
      };
    },
  });
  Object.defineProperty(globalThis, 'rapport', { value: bridge, enumerable: true });
  Object.defineProperty(globalThis, '__rapportDispatch', {
    value: (event: string, payload: unknown) => {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
    },
  });
}

async function dispatch<E extends BridgeEvent>(
  page: Page,
  event: E,
  payload: BridgeEvents[E],
): Promise<void> {
  await page.evaluate(
    ([name, data]) =>
      (globalThis as unknown as { __rapportDispatch(e: string, p: unknown): void }).__rapportDispatch(
        name,
        data,
      ),
    [event, payload] as const,
  );
}

/** Debian's Chromium, as the tests and the benchmark run it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(resolve(RENDERER_ROOT, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npx electron-vite build` first.');
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  const core = createAppCore({
    vaultDir: options.vaultDir,
    kdf: options.kdf,
    locale: () => locale,
    tickMs: null,
    chooseFolder: options.chooseFolder,
    summaryExport: options.summaryExport,
  });
  const browser = options.browser ?? (await launchBrowser());
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  context.setDefaultTimeout(60_000);
  await serveRenderer(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });

  const calls: string[] = [];
  await page.exposeBinding('__rapportInvoke', (_source, channel: unknown, payload: unknown) => {
    calls.push(String(channel));
    return core.router.invoke(channel, payload);
  });
  await page.addInitScript(installBridge);

  const onLocked = (reason: LockReason) => {
    // The page may be navigating or closing; a lost event then has nobody to inform.
    dispatch(page, 'vault:locked', { reason }).catch(() => undefined);
  };
  core.session.on('locked', onLocked);
  const onSaveRequested = (reason: LockReason) => {
    dispatch(page, 'vault:saveNow', { reason }).catch(() => undefined);
  };
  core.session.on('save-requested', onSaveRequested);
  const onBackupProgress = (progress: BackupProgress) => {
    dispatch(page, 'backup:progress', progress).catch(() => undefined);
  };
  core.backups.on('progress', onBackupProgress);
  const onIntegrityProgress = (progress: IntegrityProgress) => {
    dispatch(page, 'integrity:progress', progress).catch(() => undefined);
  };
  core.integrity.on('progress', onIntegrityProgress);
  const onExportProgress = (progress: ExportProgressEvent) => {
    dispatch(page, 'export:progress', progress).catch(() => undefined);
  };
  core.services.exporter.on('progress', onExportProgress);
  const onImportProgress = (progress: ImportProgressEvent) => {
    dispatch(page, 'import:progress', progress).catch(() => undefined);
  };
  core.services.importer.on('progress', onImportProgress);

  await page.goto(`${APP_ORIGIN}/index.html`);

  return {
    page,
    core,
    browser,
    errors,
    calls,
    async close() {
      core.session.off('locked', onLocked);
      core.session.off('save-requested', onSaveRequested);
      core.backups.off('progress', onBackupProgress);
      core.integrity.off('progress', onIntegrityProgress);
      core.services.exporter.off('progress', onExportProgress);
      core.services.importer.off('progress', onImportProgress);
      core.session.lock('quit');
      await (options.browser ? context.close() : browser.close());
    },
  };
}
