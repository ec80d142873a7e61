import type { SuperbillDocumentData } from '../../../../shared/billing/superbill-contract';
import { formatDate, formatShortDate } from '../../../../shared/dates/format-date';
import { cssString } from '../../pdf-export/css-string';

const MARGINS = '18mm 16mm 18mm';
/** Page-margin boxes do not see the document's custom properties: the font stack is spelled out. */
const FURNITURE_FONT = `font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans SC', sans-serif; font-size: 7.5pt; color: #545a61;`;

/**
 * What every page of a superbill carries, as page-margin boxes: "Confidential" and "Page 2 of 3",
 * the issue date and practice at the foot, and from the second page on whom and which period it
 * is for, so a loose page can be put back where it belongs.
 */
export function superbillPageRules(data: SuperbillDocumentData): string {
  const practice = data.practice.practiceName || data.practice.clinicianName;
  const foot = `Superbill issued ${formatDate(data.issuedOn)}${practice ? ` · ${practice}` : ''}`;
  const head = `Superbill · ${data.client.name} · ${formatShortDate(data.period.from)} to ${formatShortDate(data.period.to)}`;
  return `
@page {
  size: ${data.paper};
  margin: ${MARGINS};
  @top-left { content: ${cssString(head)}; ${FURNITURE_FONT} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: "CONFIDENTIAL"; ${FURNITURE_FONT} color: #8c2b24; font-weight: 600; letter-spacing: 0.03em; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(foot)}; ${FURNITURE_FONT} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${FURNITURE_FONT} vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
}`;
}
