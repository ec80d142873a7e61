import type { PaperSize } from '../pdf/pdf-output';
import type { ScriptLanguages } from '../text/text-language';
import type { ConsentSignMethod } from './consent-kinds';

/**
 * A signed consent as printed: the frozen text exactly as the client read it, and the signature
 * with who signed, on what day, how, and under which template version. The letterhead names the
 * practice, never the client; the client's name appears only where the text itself has it.
 */
export interface ConsentDocumentData {
  kind: 'consent';
  locale: string;
  paper: PaperSize;
  printedOn: string;
  practice: { name: string; phone: string };
  document: {
    title: string;
    text: string;
    templateNumber: number;
    recipient: string;
    expiresOn: string | null;
    signedOn: string;
    method: ConsentSignMethod;
    signerName: string;
    signaturePath: string;
  };
  scriptLanguages: ScriptLanguages;
}

/**
 * The blank intake packet for clients who prefer paper: the intake questions (the print page takes
 * them from the intake form's own fields) and each consent template with its client fields left as
 * lines and a signature line under it.
 */
export interface IntakePacketData {
  kind: 'intake-packet';
  locale: string;
  paper: PaperSize;
  printedOn: string;
  practice: { name: string; phone: string };
  documents: { title: string; text: string; release: boolean }[];
}
