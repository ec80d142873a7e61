/**
 * What a print dialog announces once the file is written: its name and whether it is protected,
 * with `what` it was ("Letter saved as …", or just "Saved as …") and, where `pages` asks for it,
 * how long it came out.
 */
export function savedMessage(
  saved: { fileName: string; pages: number; protected: boolean },
  { what, pages = false }: { what?: string; pages?: boolean } = {},
): string {
  const length = pages ? `${saved.pages} ${saved.pages === 1 ? 'page' : 'pages'}, ` : '';
  const protection = saved.protected ? 'protected with a password' : 'not password-protected';
  return `${what ? `${what} saved` : 'Saved'} as ${saved.fileName} (${length}${protection}).`;
}
