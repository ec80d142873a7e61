import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/base/content-security-policy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('the content security policy', () => {
  it('runs only the app’s own scripts, never code built from strings', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
  });

  it('names no other host, so nothing can be loaded from or sent to the network', () => {
    const sources = [...directives.values()].flat();
    expect(
      sources.filter((s) => !["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(s)),
    ).toEqual([]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('closes plugins, base rewriting, form posts and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });
});
