import { describe, expect, it } from 'vitest';
import { shortFingerprint } from '../../shared/notes/short-fingerprint';

describe('the short fingerprint shown on a signed note', () => {
  it('is the first twelve hex characters, in groups of four', () => {
    expect(shortFingerprint('3f2a9c01b7e4d5c6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0')).toBe(
      '3f2a 9c01 b7e4',
    );
  });
});
