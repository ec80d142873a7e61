import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { RapportBridge } from '../../shared/bridge';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/base/content-security-policy';

/**
 * Where the electron package put its binary, or null. Mirrors what `require('electron')` works
 * out, without calling it: that call starts a download when the binary is missing.
 */
function installedElectron(): string | null {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** The page's globals this file touches; the Node-side tsconfig has no DOM types. */
interface PageGlobals {
  rapport: RapportBridge;
  lockEvents?: unknown[];
  require?: unknown;
  process?: unknown;
  location: { href: string };
  document: { title: string };
  open(url: string): unknown;
  fetch(url: string): Promise<{ status: number; headers: { get(name: string): string | null } }>;
  Notification: { requestPermission(): Promise<string> };
  navigator: {
    permissions: { query(descriptor: { name: string }): Promise<{ state: string }> };
    mediaDevices: { getUserMedia(constraints: { audio: boolean }): Promise<unknown> };
  };
}

const binary = installedElectron();
const projectRoot = resolve(import.meta.dirname, '..', '..');

test.describe('the Electron shell', () => {
  test.skip(
    binary === null,
    'Electron binary is not installed on this machine (its download is blocked here); these tests run where Electron exists',
  );
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let scratch: string;

  test.beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'rapport-shell-'));
    app = await electron.launch({
      executablePath: binary!,
      // Launching the folder (package.json "main") makes app.getAppPath() the project root, as when packaged.
      args: ['.'],
      cwd: projectRoot,
      env: { ...(process.env as Record<string, string>), RAPPORT_VAULT: join(scratch, 'vault') },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('load');
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('the page has no Node: context isolation and sandbox are on', async () => {
    const seen = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return { require: typeof w.require, process: typeof w.process };
    });
    expect(seen).toEqual({ require: 'undefined', process: 'undefined' });
  });

  test('window.rapport is frozen, has only invoke and on, and reaches the router', async () => {
    const seen = await page.evaluate(async () => {
      const { rapport } = globalThis as unknown as PageGlobals;
      return {
        frozen: Object.isFrozen(rapport),
        keys: Object.keys(rapport).sort(),
        status: await rapport.invoke('vault:status', {}),
        unknown: await rapport.invoke('vault:erase' as never, {} as never),
      };
    });
    expect(seen.frozen).toBe(true);
    expect(seen.keys).toEqual(['invoke', 'on']);
    expect(seen.status).toMatchObject({ ok: true, value: { state: 'absent' } });
    expect(seen.unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  test('pages carry the CSP header, and code from strings does not run', async () => {
    const seen = await page.evaluate(async () => {
      const w = globalThis as unknown as PageGlobals;
      const response = await w.fetch('app://rapport/index.html');
      let evaluated: string;
      try {
        evaluated = String(globalThis.eval('"ran"'));
      } catch (error) {
        evaluated = (error as Error).name;
      }
      return { csp: response.headers.get('content-security-policy'), evaluated };
    });
    expect(seen.csp).toBe(CONTENT_SECURITY_POLICY);
    expect(seen.evaluated).toBe('EvalError');
  });

  test('the app protocol refuses paths outside the UI folder', async () => {
    const statuses = await page.evaluate(async () => {
      const w = globalThis as unknown as PageGlobals;
      const urls = ['app://rapport/..%2f..%2fpackage.json', 'app://rapport/%2e%2e/%2e%2e/package.json'];
      return Promise.all(urls.map(async (url) => (await w.fetch(url)).status));
    });
    expect(statuses).toEqual([404, 404]);
  });

  test('navigation away from the app is blocked', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    // Nothing to wait for when navigation is refused: give it time to happen if it were going to.
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(APP_ENTRY_URL);
  });

  test('window.open opens nothing', async () => {
    const opened = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).open('https://example.com/'),
    );
    expect(opened).toBeNull();
    expect(app.windows()).toHaveLength(1);
  });

  test('no request reaches the network, not even localhost', async () => {
    let hits = 0;
    const server: Server = createServer((_request, response) => {
      hits += 1;
      response.end('reached');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const outcome = await page.evaluate(async (url) => {
        try {
          await (globalThis as unknown as PageGlobals).fetch(url);
          return 'fetched';
        } catch (error) {
          return (error as Error).name;
        }
      }, `http://127.0.0.1:${port}/`);
      expect(outcome).toBe('TypeError');
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  test('the window title stays "Rapport" whatever the page sets', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).document.title = 'Jane Example – session notes';
    });
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('Rapport');
  });

  test('permission requests are denied', async () => {
    const seen = await page.evaluate(async () => {
      const w = globalThis as unknown as PageGlobals;
      const microphone = await w.navigator.mediaDevices.getUserMedia({ audio: true }).then(
        () => 'granted',
        (error: Error) => error.name,
      );
      return {
        notifications: await w.Notification.requestPermission(),
        geolocation: (await w.navigator.permissions.query({ name: 'geolocation' })).state,
        microphone,
      };
    });
    expect(seen.notifications).toBe('denied');
    expect(seen.geolocation).toBe('denied');
    expect(seen.microphone).not.toBe('granted');
  });

  test('Lock in the menu locks the vault and tells the page', async () => {
    const passphrase = 'quiet-otter-lantern-47';
    const created = await page.evaluate(
      (p) =>
        (globalThis as unknown as PageGlobals).rapport.invoke('vault:create', {
          passphrase: p,
          confirmation: p,
        }),
      passphrase,
    );
    expect(created).toMatchObject({ ok: true });
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      w.lockEvents = [];
      w.rapport.on('vault:locked', (payload) => w.lockEvents?.push(payload));
    });
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('lock')?.click());
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).lockEvents))
      .toEqual([{ reason: 'user' }]);
    const status = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).rapport.invoke('vault:status', {}),
    );
    expect(status).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});
