import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../core/base/content-security-policy';
import { mimeTypeFor } from '../core/base/mime-types';
import { resolveRendererFile } from './renderer-file';

/** Must run before `ready`: a standard, secure scheme gets a real origin, so 'self' in the CSP means it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const MISSING = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

/** Serves the built UI from `root` and nothing else; the CSP travels as a header on every response. */
export function serveAppFiles(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const file = resolveRendererFile(root, request.url);
    if (!file) return new Response(null, { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': mimeTypeFor(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return new Response(null, { status: code && MISSING.has(code) ? 404 : 500 });
    }
  });
}
