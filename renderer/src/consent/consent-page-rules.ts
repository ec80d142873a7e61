import type { PaperSize } from '../../../shared/pdf/pdf-output';

/** A signed document or the packet runs over as many pages as it needs, with even margins. */
export function consentPageRules(paper: PaperSize): string {
  return `@page { size: ${paper}; margin: 18mm 16mm; }`;
}
