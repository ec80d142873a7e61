import type { AmendmentLetterDocumentData } from '../amendments/amendment-letter';
import type { BillingDocumentData } from '../billing/billing-document';
import type { SuperbillDocumentData } from '../billing/superbill-contract';
import type { CustodianPackageDocumentData } from '../custodian/custodian-package';
import type { ConsentDocumentData, IntakePacketData } from '../consent/consent-document';
import type { ContactsDocumentData } from '../contacts/contacts-document';
import type { RecordDocumentData } from '../record/record-document';
import type { SafetyPlanDocumentData } from '../safety-plan/safety-plan-document';
import type { SummaryDocumentData } from '../summary/summary-document';

/**
 * What the print page (summary.html) renders: a client summary, or a document that says what it
 * is in its `kind`. One list for the printers on the main side and the page that draws them.
 */
export type PrintableDocument =
  | SummaryDocumentData
  | SuperbillDocumentData
  | SafetyPlanDocumentData
  | ConsentDocumentData
  | IntakePacketData
  | BillingDocumentData
  | RecordDocumentData
  | AmendmentLetterDocumentData
  | ContactsDocumentData
  | CustodianPackageDocumentData;
