import { formatDate } from '../../../shared/dates/format-date';
import type { RecordDocumentData } from '../../../shared/record/record-document';
import { isolated } from '../../../shared/text/isolated';
import { cssString } from '../pdf-export/css-string';
import { furnitureFont } from '../pdf-export/furniture-font';

const MARGINS = '20mm 17mm 19mm';

/**
 * What every page after the cover carries, as page-margin boxes: whose record it is (a loose page
 * can be put back), "Confidential", the date prepared and the practice, and "Page 2 of 40".
 */
export function recordPageRules(data: RecordDocumentData): string {
  const practice = data.practice.practiceName || data.practice.clinicianName;
  const foot = `Record copy prepared ${formatDate(data.preparedOn)}${practice ? ` · ${isolated(practice)}` : ''}`;
  const head = `Clinical record · ${isolated(data.client.name)}`;
  const font = furnitureFont(`${data.client.name} ${practice}`, data.scriptLanguages);
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
