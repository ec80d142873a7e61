import { describe, expect, it } from 'vitest';
import { commandLineFromAppArgv } from '../../electron/tools/cli/app-argv';

const packaged = { defaultApp: false };
const unpackaged = { defaultApp: true };

describe("the command line in the app's executable", () => {
  it.each([
    [
      'Linux, the AppImage',
      ['/tmp/.mount_RapporXYZ/rapport', '--cli', 'verify', '--json'],
      ['verify', '--json'],
    ],
    [
      'Windows, through rapport.cmd',
      [
        'C:\\Users\\Ana\\AppData\\Local\\Programs\\Rapport\\Rapport.exe',
        '--cli',
        '--',
        'info',
        '--vault',
        'D:\\Vault',
      ],
      ['info', '--vault', 'D:\\Vault'],
    ],
    [
      'macOS, with the serial number Finder adds',
      ['/Applications/Rapport.app/Contents/MacOS/Rapport', '-psn_0_1234567', '--cli', 'clients'],
      ['clients'],
    ],
    [
      'after Chromium and Electron switches',
      [
        '/opt/Rapport/rapport',
        '--no-sandbox',
        '--enable-logging',
        '--ozone-platform=wayland',
        '--cli',
        'info',
      ],
      ['info'],
    ],
    ['with nothing after it, for the usage text', ['/opt/Rapport/rapport', '--cli'], []],
    ['with only the separator after it', ['/opt/Rapport/rapport', '--cli', '--'], []],
  ])('%s', (_label, argv, expected) => {
    expect(commandLineFromAppArgv(argv, packaged)).toEqual(expected);
  });

  it('passes the words after --cli through verbatim: switch-like words, spaces, a second --, a second --cli', () => {
    const argv = [
      '/opt/Rapport/rapport',
      '--cli',
      '--',
      'export-pdf',
      '--out',
      'my summary.pdf',
      '--',
      '--cli',
      '-psn_1',
    ];
    expect(commandLineFromAppArgv(argv, packaged)).toEqual([
      'export-pdf',
      '--out',
      'my summary.pdf',
      '--',
      '--cli',
      '-psn_1',
    ]);
  });

  it('is the app when there is no --cli', () => {
    expect(commandLineFromAppArgv(['/opt/Rapport/rapport'], packaged)).toBeNull();
    expect(commandLineFromAppArgv(['/opt/Rapport/rapport', '--no-sandbox'], packaged)).toBeNull();
    expect(
      commandLineFromAppArgv(['/Applications/Rapport.app/Contents/MacOS/Rapport', '-psn_0_99'], packaged),
    ).toBeNull();
    expect(commandLineFromAppArgv([], packaged)).toBeNull();
  });

  it('is the app when a file or URL comes before --cli', () => {
    expect(
      commandLineFromAppArgv(['/opt/Rapport/rapport', 'notes.txt', '--cli', 'info'], packaged),
    ).toBeNull();
  });

  it('is not fooled by --cli spelled another way', () => {
    expect(commandLineFromAppArgv(['/opt/Rapport/rapport', '--cli=info'], packaged)).toBeNull();
    expect(commandLineFromAppArgv(['/opt/Rapport/rapport', '--CLI', 'info'], packaged)).toBeNull();
  });

  describe('an unpackaged app run by Electron (electron . --cli …)', () => {
    it('skips the app folder, wherever the switches put it', () => {
      expect(commandLineFromAppArgv(['/x/electron', '.', '--cli', 'info'], unpackaged)).toEqual(['info']);
      expect(
        commandLineFromAppArgv(
          ['/x/electron', '--no-sandbox', '/work/rapport', '--cli', 'verify'],
          unpackaged,
        ),
      ).toEqual(['verify']);
    });

    it('skips only one folder: a second word before --cli is the app being given a file', () => {
      expect(
        commandLineFromAppArgv(['/x/electron', '.', 'notes.txt', '--cli', 'info'], unpackaged),
      ).toBeNull();
      expect(commandLineFromAppArgv(['/x/electron', '.'], unpackaged)).toBeNull();
    });

    it('in a packaged app the first word is not skipped', () => {
      expect(commandLineFromAppArgv(['/opt/Rapport/rapport', '.', '--cli', 'info'], packaged)).toBeNull();
    });
  });
});
