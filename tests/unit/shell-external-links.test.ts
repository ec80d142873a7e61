import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINKS, isAllowedExternalUrl } from '../../electron/main/external-links';

describe('isAllowedExternalUrl', () => {
  it('allows each listed page, and every listed page is https', () => {
    expect(EXTERNAL_LINKS.length).toBeLessThanOrEqual(5);
    for (const url of EXTERNAL_LINKS) {
      expect(new URL(url).protocol).toBe('https:');
      expect(isAllowedExternalUrl(url)).toBe(true);
    }
  });

  it.each([
    'https://www.zetetic.net/sqlcipher/?q=client-name',
    'https://www.zetetic.net/sqlcipher/#x',
    'https://www.zetetic.net/sqlcipher/../evil',
    'http://www.zetetic.net/sqlcipher/',
    'https://www.zetetic.net.evil.example/sqlcipher/',
    'https://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
