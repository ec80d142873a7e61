import { folderOnPath } from './command-places';

/** The user's own PATH as the registry keeps it (HKCU\Environment), %VARIABLES% unexpanded. */
export interface UserPath {
  value: string;
  /** REG_EXPAND_SZ keeps %USERPROFILE% and the like working; a REG_SZ value is kept as it was. */
  type: 'REG_SZ' | 'REG_EXPAND_SZ';
}

/** The user PATH with `folder` at its end; the same value when it is there already. */
export function userPathWith(current: UserPath | null, folder: string): UserPath {
  if (!current || current.value.trim() === '') return { value: folder, type: 'REG_EXPAND_SZ' };
  if (folderOnPath(current.value, folder, 'win32')) return current;
  const separator = current.value.endsWith(';') ? '' : ';';
  return { value: `${current.value}${separator}${folder}`, type: current.type };
}

/** The user PATH without `folder`, every other entry kept as it was written. */
export function userPathWithout(current: UserPath, folder: string): UserPath {
  const kept = current.value.split(';').filter((entry) => !folderOnPath(entry, folder, 'win32'));
  return { value: kept.join(';'), type: current.type };
}

/**
 * What READ_USER_PATH (windows-user-path-registry.ts) printed: the value's kind on the first line
 * (ExpandString or String), the value itself after it; nothing when the user has no PATH of their own.
 */
export function parseUserPath(output: string): UserPath | null {
  const newline = output.indexOf('\n');
  if (newline < 0) return null;
  const kind = output.slice(0, newline).trim();
  const value = output.slice(newline + 1).replace(/\r?\n$/, '');
  if (kind === 'ExpandString') return { type: 'REG_EXPAND_SZ', value };
  if (kind === 'String') return { type: 'REG_SZ', value };
  return null;
}
