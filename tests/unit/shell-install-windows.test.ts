import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandPlaces, folderOnPath } from '../../electron/core/features/shell-install/command-places';
import { installCommand, uninstallCommand } from '../../electron/core/features/shell-install/install-command';
import { LAUNCHER_MARK, windowsLauncher } from '../../electron/core/features/shell-install/launcher-files';
import {
  parseUserPath,
  userPathWith,
  userPathWithout,
} from '../../electron/core/features/shell-install/windows-user-path';
import { tempDir } from './support/temp-vault';

const EXE = 'C:\\Users\\Ana\\AppData\\Local\\Programs\\Rapport\\Rapport.exe';
const FOLDER = 'C:\\Users\\Ana\\AppData\\Local\\Rapport\\bin';

describe('Windows: rapport.cmd in a folder on the user PATH', () => {
  it('goes in LOCALAPPDATA\\Rapport\\bin, or the profile’s AppData\\Local without it', () => {
    const input = { platform: 'win32' as const, home: 'C:\\Users\\Ana', userData: 'unused', execPath: EXE };
    expect(commandPlaces({ ...input, env: { LOCALAPPDATA: 'D:\\Profiles\\Ana\\Local' } })).toEqual({
      platform: 'win32',
      folder: 'D:\\Profiles\\Ana\\Local\\Rapport\\bin',
      script: 'D:\\Profiles\\Ana\\Local\\Rapport\\bin\\rapport.cmd',
      executable: EXE,
    });
    expect(commandPlaces({ ...input, env: {} })).toMatchObject({ folder: FOLDER });
  });

  it('the batch file runs the executable as the command line and passes its exit code back', () => {
    expect(windowsLauncher(EXE)).toBe(
      `@echo off\r\nrem ${LAUNCHER_MARK}\r\n"${EXE}" --cli -- %*\r\nexit /b %ERRORLEVEL%\r\n`,
    );
    // cmd reads %…% in a batch file as a variable: a literal % in a folder name is doubled.
    expect(windowsLauncher('D:\\100% Apps\\Rapport.exe')).toContain(
      '"D:\\100%% Apps\\Rapport.exe" --cli -- %*',
    );
  });

  // The folder below is a temporary one here; on Windows it is the one commandPlaces names.
  function places() {
    const folder = join(tempDir(), 'Rapport', 'bin');
    return { platform: 'win32' as const, folder, script: join(folder, 'rapport.cmd'), executable: EXE };
  }

  it('writes rapport.cmd, again without change, and refuses a rapport.cmd it did not write', async () => {
    const windows = places();
    expect((await installCommand(windows, {})).outcome).toBe('installed');
    expect(readFileSync(windows.script, 'utf8')).toBe(windowsLauncher(EXE));
    expect((await installCommand(windows, {})).outcome).toBe('unchanged');

    const other = places();
    mkdirSync(other.folder, { recursive: true });
    writeFileSync(other.script, '@echo off\r\necho someone else\r\n');
    expect((await installCommand(other, {})).outcome).toBe('refused');
    expect((await uninstallCommand(other))[0]!.outcome).toBe('refused');
    expect(readFileSync(other.script, 'utf8')).toBe('@echo off\r\necho someone else\r\n');
  });

  it('uninstalls its own rapport.cmd', async () => {
    const windows = places();
    await installCommand(windows, {});
    expect(await uninstallCommand(windows)).toEqual([{ outcome: 'removed', path: windows.script }]);
    expect(existsSync(windows.script)).toBe(false);
  });
});

describe('the user PATH (HKCU\\Environment)', () => {
  it('adds the folder at the end, keeping every entry and the value’s kind', () => {
    const current = { value: '%USERPROFILE%\\bin;C:\\Tools', type: 'REG_EXPAND_SZ' as const };
    expect(userPathWith(current, FOLDER)).toEqual({
      value: `%USERPROFILE%\\bin;C:\\Tools;${FOLDER}`,
      type: 'REG_EXPAND_SZ',
    });
    expect(userPathWith({ value: 'C:\\Tools;', type: 'REG_SZ' }, FOLDER)).toEqual({
      value: `C:\\Tools;${FOLDER}`,
      type: 'REG_SZ',
    });
  });

  it('starts a PATH for a user who has none', () => {
    expect(userPathWith(null, FOLDER)).toEqual({ value: FOLDER, type: 'REG_EXPAND_SZ' });
    expect(userPathWith({ value: '  ', type: 'REG_SZ' }, FOLDER)).toEqual({
      value: FOLDER,
      type: 'REG_EXPAND_SZ',
    });
  });

  it('leaves the value as it is when the folder is there in another case or with a trailing backslash', () => {
    const current = { value: `C:\\Tools;${FOLDER.toLowerCase()}\\`, type: 'REG_EXPAND_SZ' as const };
    expect(userPathWith(current, FOLDER)).toBe(current);
    expect(folderOnPath(`C:\\Tools;${FOLDER}`, `${FOLDER}\\`, 'win32')).toBe(true);
    expect(folderOnPath(`C:\\Tools`, FOLDER, 'win32')).toBe(false);
  });

  it('removes the folder on uninstall, every other entry kept as written', () => {
    const current = {
      value: `%USERPROFILE%\\bin;${FOLDER};C:\\Tools;${FOLDER}\\`,
      type: 'REG_EXPAND_SZ' as const,
    };
    expect(userPathWithout(current, FOLDER)).toEqual({
      value: '%USERPROFILE%\\bin;C:\\Tools',
      type: 'REG_EXPAND_SZ',
    });
  });

  it('reads what PowerShell printed of the registry value', () => {
    expect(parseUserPath('ExpandString\n%USERPROFILE%\\bin;C:\\Tools')).toEqual({
      type: 'REG_EXPAND_SZ',
      value: '%USERPROFILE%\\bin;C:\\Tools',
    });
    expect(parseUserPath('String\r\nC:\\Users\\Zoë\\bin\r\n')).toEqual({
      type: 'REG_SZ',
      value: 'C:\\Users\\Zoë\\bin',
    });
    expect(parseUserPath('')).toBeNull();
    expect(parseUserPath('Binary\n00')).toBeNull();
  });
});
