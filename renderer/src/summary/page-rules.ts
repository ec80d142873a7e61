import { isolated } from '../../../shared/text/isolated';
import { formatDate } from '../../../shared/dates/format-date';
import type { SummaryDocumentData } from '../../../shared/summary/summary-document';
import { cssString } from '../pdf-export/css-string';
import { furnitureFont } from '../pdf-export/furniture-font';

/** Page size and margins of the printed summary; both printers take them from here (preferCSSPageSize). */
const MARGINS = '20mm 17mm 19mm';

/**
 * The furniture of every page, as CSS page-margin boxes so it uses the document's own fonts:
 * "Confidential" and the page number ("Page 2 of 5") on every page, the generation date and the
 * practice at the foot, and from the second page on the client's chosen name (when the identity
 * section is included) so that a loose page can still be put back where it belongs.
 */
export function pageRules(data: SummaryDocumentData): string {
  const practice = data.practice.practiceName || data.practice.clinicianName;
  const foot = `Generated ${formatDate(data.generatedOn)}${practice ? ` · ${isolated(practice)}` : ''}`;
  const name = data.heading.chosenName ?? data.heading.legalName;
  const head = name ? `Client summary · ${isolated(name)}` : 'Client summary';
  const font = furnitureFont(`${name ?? ''} ${practice}`, data.scriptLanguages);
  return `
@page {
  size: ${data.paper};
  margin: ${MARGINS};
  @top-left { content: ${cssString(head)}; ${font} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: "CONFIDENTIAL"; ${font} color: #8c2b24; font-weight: 600; letter-spacing: 0.03em; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(foot)}; ${font} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
}`;
}
