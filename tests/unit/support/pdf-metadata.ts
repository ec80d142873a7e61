import { expect } from 'vitest';
import { pdfInfo } from './pdf-tools';

/**
 * The document information a PDF shows anyone who opens its properties: the given title, Rapport as
 * creator and producer, nothing else, no XMP stream, and none of the given client details.
 */
export function expectNeutralMetadata(file: string, title: string, absent: readonly string[]): void {
  const info = pdfInfo(file);
  expect(info).toMatchObject({
    Title: title,
    Author: '',
    Subject: '',
    Keywords: '',
    Creator: 'Rapport',
    Producer: 'Rapport',
    'Metadata Stream': 'no',
    Encrypted: 'no',
  });
  const shown = Object.values(info).join('\n');
  for (const part of absent) expect(shown).not.toContain(part);
}
