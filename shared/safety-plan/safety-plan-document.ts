import type { PaperSize } from '../pdf/pdf-output';
import type { ScriptLanguages } from '../text/text-language';
import type { SafetyPlanItem } from './safety-plan-schema';
import type { SafetyPlanSectionKey } from './safety-plan-sections';

/**
 * What the one-page safety plan prints: the client's own copy. It carries no name (a page left on
 * a bus says nothing of whose it is), only the plan, its version and date, and the practice's
 * number to call.
 */
export interface SafetyPlanDocumentData {
  kind: 'safety-plan';
  /** The locale its dates are written in: the system's, as on the screens. */
  locale: string;
  paper: PaperSize;
  /** The local day it is printed. */
  printedOn: string;
  version: { number: number; agreedOn: string };
  practice: { name: string; phone: string };
  sections: { key: SafetyPlanSectionKey; title: string; items: SafetyPlanItem[] }[];
  /** From the languages the client recorded; never printed, it only picks glyph shapes. */
  scriptLanguages: ScriptLanguages;
}
