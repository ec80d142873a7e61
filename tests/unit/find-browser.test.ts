import { mkdirSync, writeFileSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, type BrowserSearch } from '../../electron/core/features/pdf/find-browser';
import { tempDir } from './support/temp-vault';

/** Lays a program file out under `root` at a path of the searched computer (`C:\…` under `root/C/…`). */
function install(root: string, path: string): void {
  const parts =
    win32.isAbsolute(path) && /^[a-z]:/i.test(path) ? [path[0]!, ...path.slice(3).split('\\')] : [path];
  const file = posix.join(root, ...parts);
  mkdirSync(posix.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
}

function computer(platform: NodeJS.Platform, env: BrowserSearch['env'] = {}, home = '/home/ann') {
  const root = tempDir();
  return {
    root,
    search: (more: BrowserSearch['env'] = {}) =>
      findBrowser({ platform, env: { ...env, ...more }, home, root }),
  };
}

const WINDOWS_ENV = {
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local',
};

describe('finding a browser to print with', () => {
  it('on macOS: an app in /Applications first, then in ~/Applications; Chrome before Edge', () => {
    const mac = computer('darwin', {}, '/Users/ann');
    expect(mac.search()).toMatchObject({
      found: false,
      reason: expect.stringMatching(/in \/Applications or ~\/Applications/),
    });
    install(mac.root, '/Users/ann/Applications/Brave Browser.app/Contents/MacOS/Brave Browser');
    expect(mac.search()).toEqual({
      found: true,
      from: 'installed',
      browser: {
        name: 'Brave',
        path: '/Users/ann/Applications/Brave Browser.app/Contents/MacOS/Brave Browser',
      },
    });
    install(mac.root, '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(mac.search()).toMatchObject({ browser: { name: 'Microsoft Edge' } });
    install(mac.root, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(mac.search()).toMatchObject({
      browser: {
        name: 'Google Chrome',
        path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      },
    });
  });

  it('on Windows: Program Files, then the 32-bit folder, then the per-user install, with Windows paths', () => {
    const windows = computer('win32', WINDOWS_ENV);
    expect(windows.search()).toMatchObject({ found: false, reason: expect.stringMatching(/Program Files/) });
    install(windows.root, 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows.search()).toEqual({
      found: true,
      from: 'installed',
      browser: {
        name: 'Google Chrome',
        path: 'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      },
    });
    install(windows.root, 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(windows.search()).toMatchObject({
      browser: {
        name: 'Microsoft Edge',
        path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      },
    });
    install(windows.root, 'C:\\Program Files\\BraveSoftware\\Brave-Browser\\Application\\brave.exe');
    expect(windows.search()).toMatchObject({ browser: { name: 'Brave' } });
  });

  it('on Windows: reads the variables whatever their case, and finds Program Files on another drive', () => {
    const windows = computer('win32', {
      PROGRAMFILES: 'D:\\Apps',
      localappdata: 'C:\\Users\\ann\\AppData\\Local',
    });
    install(windows.root, 'D:\\Apps\\Chromium\\Application\\chrome.exe');
    expect(windows.search()).toMatchObject({
      browser: { name: 'Chromium', path: 'D:\\Apps\\Chromium\\Application\\chrome.exe' },
    });
    // With no variables at all, the usual folders on C: are still looked in.
    const bare = computer('win32', {});
    install(bare.root, 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(bare.search()).toMatchObject({ browser: { name: 'Microsoft Edge' } });
  });

  it('on Linux: a command in /usr/bin before /opt, and a snap only when nothing else is there', () => {
    const linux = computer('linux');
    expect(linux.search()).toMatchObject({
      found: false,
      reason: expect.stringMatching(/Install one of them, or set RAPPORT_CHROMIUM/),
    });
    install(linux.root, '/snap/bin/chromium');
    expect(linux.search()).toMatchObject({ browser: { name: 'Chromium', path: '/snap/bin/chromium' } });
    install(linux.root, '/opt/microsoft/msedge/msedge');
    expect(linux.search()).toMatchObject({
      browser: { name: 'Microsoft Edge', path: '/opt/microsoft/msedge/msedge' },
    });
    install(linux.root, '/usr/bin/google-chrome-stable');
    expect(linux.search()).toMatchObject({
      browser: { name: 'Google Chrome', path: '/usr/bin/google-chrome-stable' },
    });
    install(linux.root, '/usr/bin/chromium');
    expect(linux.search()).toMatchObject({ browser: { name: 'Chromium', path: '/usr/bin/chromium' } });
  });

  it('ignores a folder where a program should be', () => {
    const linux = computer('linux');
    mkdirSync(posix.join(linux.root, 'usr/bin/chromium'), { recursive: true });
    install(linux.root, '/usr/bin/brave-browser');
    expect(linux.search()).toMatchObject({ browser: { name: 'Brave', path: '/usr/bin/brave-browser' } });
  });

  it('takes RAPPORT_CHROMIUM first, and says so plainly when it names nothing', () => {
    const linux = computer('linux');
    install(linux.root, '/usr/bin/chromium');
    install(linux.root, '/home/ann/bin/my-chrome');
    expect(linux.search({ RAPPORT_CHROMIUM: '/home/ann/bin/my-chrome' })).toMatchObject({
      found: true,
      from: 'variable',
      browser: { path: '/home/ann/bin/my-chrome' },
    });
    expect(linux.search({ RAPPORT_CHROMIUM: '/home/ann/bin/gone' })).toEqual({
      found: false,
      reason: expect.stringMatching(/^RAPPORT_CHROMIUM names \/home\/ann\/bin\/gone, which is not a file\./),
    });
    const windows = computer('win32', WINDOWS_ENV);
    install(windows.root, 'E:\\Portable\\chrome.exe');
    expect(windows.search({ RAPPORT_CHROMIUM: 'E:\\Portable\\chrome.exe' })).toMatchObject({
      from: 'variable',
      browser: { path: 'E:\\Portable\\chrome.exe' },
    });
  });
});
