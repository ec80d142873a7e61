import type { SuperbillDocumentData } from '../../../../shared/billing/superbill-contract';
import { isolated } from '../../../../shared/text/isolated';
import { formatDate, formatShortDate } from '../../../../shared/dates/format-date';
import { NO_SCRIPT_LANGUAGES } from '../../../../shared/text/text-language';
import { cssString } from '../../pdf-export/css-string';
import { furnitureFont } from '../../pdf-export/furniture-font';

const MARGINS = '18mm 16mm 18mm';

/**
 * What every page of a superbill carries, as page-margin boxes: "Confidential" and "Page 2 of 3",
 * the issue date and practice at the foot, and from the second page on whom and which period it
 * is for, so a loose page can be put back where it belongs. A draft says so at the top of every page.
 */
export function superbillPageRules(data: SuperbillDocumentData): string {
  const practice = data.practice.practiceName || data.practice.clinicianName;
  const foot = `Superbill issued ${formatDate(data.issuedOn)}${practice ? ` · ${isolated(practice)}` : ''}`;
  const head = `Superbill · ${isolated(data.client.name)} · ${formatShortDate(data.period.from)} to ${formatShortDate(data.period.to)}`;
  // The client's recorded languages do not reach a superbill: the name's own letters choose its font.
  const font = furnitureFont(`${data.client.name} ${practice}`, NO_SCRIPT_LANGUAGES);
  return `
@page {
  size: ${data.paper};
  margin: ${MARGINS};
  @top-left { content: ${cssString(head)}; ${font} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: "CONFIDENTIAL"; ${font} color: #8c2b24; font-weight: 600; letter-spacing: 0.03em; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(foot)}; ${font} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} vertical-align: top; padding-top: 3mm; }${
    data.draft
      ? `
  @top-center { content: "DRAFT · NOT FOR SUBMISSION"; ${font} color: #8c2b24; font-weight: 700; letter-spacing: 0.08em; vertical-align: bottom; padding-bottom: 3mm; }`
      : ''
  }
}
@page :first {
  @top-left { content: none; }
}`;
}
