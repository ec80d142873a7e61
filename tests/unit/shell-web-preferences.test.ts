import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../electron/main/web-preferences';

describe('every window runs with the hardened web preferences', () => {
  it('isolates and sandboxes the page, and switches off middle-click (Auxclick)', () => {
    expect(hardenedWebPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('keeps a window’s own settings but never lets one loosen the hardened ones', () => {
    const loosened = hardenedWebPreferences({
      preload: '/app/preload.cjs',
      sandbox: false,
      nodeIntegration: true,
      webSecurity: false,
      disableBlinkFeatures: '',
    });
    expect(loosened).toMatchObject({
      preload: '/app/preload.cjs',
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it.each(['electron/main/window.ts', 'electron/main/pdf-printer.ts'])(
    '%s builds its window with them',
    (file) => {
      const source = readFileSync(file, 'utf8');
      expect(source).toMatch(/webPreferences: hardenedWebPreferences\(/);
      expect(source).not.toMatch(/webPreferences: \{/);
    },
  );
});
