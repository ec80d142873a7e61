import type { SuperbillDocumentData } from '../../../../shared/billing/superbill-contract';
import { useFitPaperWidth } from '../../pdf-export/use-fit-paper-width';
import { SuperbillDocument } from './SuperbillDocument';

/** The superbill on a sheet of the chosen paper, scaled to the width available as a print preview is. */
export function SuperbillPreview({ document }: { document: SuperbillDocumentData }) {
  const { frame, scale } = useFitPaperWidth(document.paper);
  return (
    // Scrolls on its own, so it takes focus: keyboard users can scroll the preview too.
    <div className="superbill-preview" ref={frame} tabIndex={0}>
      <div
        className={`superbill-preview__sheet superbill-preview__sheet--${document.paper}`}
        style={{ zoom: scale }}
        role="document"
        aria-label="Preview of the superbill"
      >
        <SuperbillDocument data={document} />
      </div>
    </div>
  );
}
