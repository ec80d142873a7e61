import type { BillingDocumentData } from '../../../../shared/billing/billing-document';
import { formatDate } from '../../../../shared/dates/format-date';
import { isolated } from '../../../../shared/text/isolated';
import { NO_SCRIPT_LANGUAGES } from '../../../../shared/text/text-language';
import { cssString } from '../../pdf-export/css-string';
import { furnitureFont } from '../../pdf-export/furniture-font';

const NAMES = { invoice: 'Invoice', receipt: 'Receipt', statement: 'Statement of account' } as const;

/**
 * What every page of a bill carries: what it is and the practice at the foot, "Page 2 of 3", and
 * from the second page on whom it is for, so a loose page can be put back where it belongs.
 */
export function billingDocumentPageRules(data: BillingDocumentData): string {
  const practice = data.practice.practiceName || data.practice.clinicianName;
  const what = data.kind === 'invoice' ? `Invoice ${data.number}` : NAMES[data.kind];
  const foot = `${what} · ${formatDate(data.madeOn)}${practice ? ` · ${isolated(practice)}` : ''}`;
  const head = `${what} · ${isolated(data.client.name)}`;
  const font = furnitureFont(`${data.client.name} ${practice}`, NO_SCRIPT_LANGUAGES);
  return `
@page {
  size: ${data.paper};
  margin: 18mm 16mm 18mm;
  @top-left { content: ${cssString(head)}; ${font} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(foot)}; ${font} vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
}`;
}
