import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../electron/main/app-origin';
import { isPermissionAllowed, isRequestAllowed, isTrustedSender } from '../../electron/main/request-policy';

const production = { allowDevtools: false };

describe('isRequestAllowed keeps the window off the network', () => {
  it.each([
    APP_ENTRY_URL,
    'app://rapport/assets/index-3f2a.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:app://rapport/6a1c0d0e-8a57-4d5e-9a43-0a3c1b1f2d10',
  ])('allows %s', (url) => {
    expect(isRequestAllowed(url, production)).toBe(true);
  });

  it.each([
    'http://127.0.0.1:8080/',
    'https://example.com/',
    'ws://localhost:5173/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://rapport.evil/index.html',
    'app://rapport@evil.example/index.html',
    'chrome-extension://abcdef/page.html',
    'devtools://devtools/bundled/inspector.html',
    'APP://RAPPORT/index.html',
    '',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url, production)).toBe(false);
  });

  it('lets the DevTools front end load only while developing', () => {
    const devtools = 'devtools://devtools/bundled/inspector.html';
    expect(isRequestAllowed(devtools, { allowDevtools: true })).toBe(true);
    expect(isRequestAllowed('https://example.com/', { allowDevtools: true })).toBe(false);
  });
});

describe('isTrustedSender admits only the app page to the bridge', () => {
  it('admits the app page', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender('app://rapport/index.html#/clients')).toBe(true);
  });

  it.each([
    null,
    undefined,
    '',
    'about:blank',
    'https://example.com/',
    'file:///work/out/renderer/index.html',
    'app://rapport',
    'app://rapport.evil/index.html',
    'app://other/index.html',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(url)).toBe(false);
  });
});

describe('isPermissionAllowed grants only clipboard writing, and only to the app', () => {
  it('lets the app page copy the recovery key', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://rapport/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://rapport')).toBe(true);
  });

  it('refuses everything else, and clipboard writing to anyone else', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionAllowed(permission, 'app://rapport/index.html')).toBe(false);
    }
    for (const url of ['https://example.com/', 'app://rapport.evil/', 'app://rapportx', null, undefined]) {
      expect(isPermissionAllowed('clipboard-sanitized-write', url)).toBe(false);
    }
  });
});
