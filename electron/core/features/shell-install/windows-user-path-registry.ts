import { execFileSync } from 'node:child_process';
import { parseUserPath, type UserPath } from './windows-user-path';

/*
 * The user's PATH lives in the registry (HKCU\Environment). PowerShell reads and writes it rather
 * than reg.exe, whose output is in the console's code page and would garble a folder with an
 * accented user name; the value goes in through an environment variable, so no quoting is needed.
 * This file runs on Windows only and has not been run on the Linux machines Rapport is built on.
 */

const POWERSHELL = ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command'];

const READ_USER_PATH = `[Console]::OutputEncoding = [Text.Encoding]::UTF8
$key = Get-Item -LiteralPath 'HKCU:\\Environment'
$value = $key.GetValue('Path', $null, 'DoNotExpandEnvironmentNames')
if ($null -ne $value) { [Console]::Out.Write($key.GetValueKind('Path').ToString() + "\`n" + $value) }`;

/*
 * Written with its kind kept, then announced (WM_SETTINGCHANGE "Environment") so that terminals
 * started afterwards from Explorer see it without signing out, as installers do.
 */
const WRITE_USER_PATH = `$kind = if ($env:RAPPORT_PATH_KIND -eq 'REG_SZ') { 'String' } else { 'ExpandString' }
[Microsoft.Win32.Registry]::SetValue('HKEY_CURRENT_USER\\Environment', 'Path', $env:RAPPORT_PATH_VALUE, $kind)
Add-Type -Namespace Rapport -Name Broadcast -MemberDefinition '[DllImport("user32.dll", CharSet = CharSet.Unicode)] public static extern IntPtr SendMessageTimeout(IntPtr hWnd, uint msg, UIntPtr wParam, string lParam, uint flags, uint timeout, out UIntPtr result);'
$result = [UIntPtr]::Zero
[void][Rapport.Broadcast]::SendMessageTimeout([IntPtr]0xffff, 0x1A, [UIntPtr]::Zero, 'Environment', 2, 5000, [ref]$result)`;

export function readUserPath(): UserPath | null {
  const output = execFileSync('powershell.exe', [...POWERSHELL, READ_USER_PATH], {
    encoding: 'utf8',
    windowsHide: true,
  });
  return parseUserPath(output);
}

export function writeUserPath(path: UserPath): void {
  execFileSync('powershell.exe', [...POWERSHELL, WRITE_USER_PATH], {
    env: { ...process.env, RAPPORT_PATH_VALUE: path.value, RAPPORT_PATH_KIND: path.type },
    windowsHide: true,
    stdio: 'ignore',
  });
}
