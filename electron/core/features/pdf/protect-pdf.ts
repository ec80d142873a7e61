import { randomBytes } from 'node:crypto';
import { ParseSpeeds, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';

/** What every exported summary says about itself, whoever it is about. */
export const NEUTRAL_METADATA = {
  title: 'Client summary',
  author: '',
  subject: '',
  keywords: '',
  creator: 'Rapport',
  producer: 'Rapport',
} as const;

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
}

/**
 * Makes the printed PDF safe to leave the vault: neutral document information (no client name in
 * the title or anywhere else a file manager or mail client would show), the XMP metadata stream
 * removed, and, when a password is given, AES-256 encryption (revision 6) of every string and
 * stream. The owner password is random and never kept: nobody can lift the protection. The title
 * names the kind of document ("Superbill"), never whom it is about.
 */
export async function finishPdf(
  printed: Uint8Array,
  options: { password?: string; title?: string },
): Promise<FinishedPdf> {
  // Chromium's output is well formed and in memory: parse at full speed and never yield mid-save.
  const pdf = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  // Unreferenced objects are still written out, so the XMP stream itself goes, not only the link.
  const xmp = pdf.catalog.get(PDFName.of('Metadata'));
  pdf.catalog.delete(PDFName.of('Metadata'));
  if (xmp instanceof PDFRef) pdf.context.delete(xmp);
  pdf.setTitle(options.title ?? NEUTRAL_METADATA.title);
  pdf.setAuthor(NEUTRAL_METADATA.author);
  pdf.setSubject(NEUTRAL_METADATA.subject);
  pdf.setKeywords([]);
  pdf.setCreator(NEUTRAL_METADATA.creator);
  pdf.setProducer(NEUTRAL_METADATA.producer);
  if (options.password) {
    pdf.encrypt({
      userPassword: options.password,
      ownerPassword: randomBytes(32).toString('hex'),
      permissions: { printing: 'highResolution', copying: true, contentAccessibility: true },
    });
  }
  return { bytes: await pdf.save({ objectsPerTick: Infinity }), pages: pdf.getPageCount() };
}
