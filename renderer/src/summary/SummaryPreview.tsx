import { formatDate } from '../../../shared/dates/format-date';
import type { SummaryDocumentData } from '../../../shared/summary/summary-document';
import { sectionTitle } from '../../../shared/summary/summary-sections';
import { useFitPaperWidth } from '../pdf-export/use-fit-paper-width';
import { ScriptLanguagesContext } from '../ui/script-languages';
import { UserText } from '../ui/UserText';
import { SummaryDocument } from './SummaryDocument';

/**
 * The summary as it will print: the same document component and styles, on a sheet of the chosen
 * paper, with the header and footer every page carries. What is left out is listed above the sheet
 * and marked where it would have been.
 */
export function SummaryPreview({ document }: { document: SummaryDocumentData }) {
  const { frame, scale } = useFitPaperWidth(document.paper);
  const practice = document.practice.practiceName || document.practice.clinicianName;
  const name = document.heading.chosenName ?? document.heading.legalName;
  return (
    <div className="summary-preview">
      <div className="summary-preview__left-out" aria-live="polite">
        {document.leftOut.length === 0 ? (
          <p>Every section is included.</p>
        ) : (
          <>
            <p>Left out of this summary:</p>
            <ul>
              {document.leftOut.map((key) => (
                <li key={key}>{sectionTitle(key)}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {/* Scrolls on its own, so it takes focus: keyboard users can scroll the preview too. */}
      <div className="summary-preview__frame" ref={frame} tabIndex={0}>
        <div
          className={`summary-preview__sheet summary-preview__sheet--${document.paper}`}
          style={{ zoom: scale }}
          role="document"
          aria-label="Preview of the summary"
        >
          <div className="summary-preview__furniture">
            <span>
              Client summary
              {name && (
                <ScriptLanguagesContext value={document.scriptLanguages}>
                  {' · '}
                  <UserText inline text={name} />
                </ScriptLanguagesContext>
              )}
            </span>
            <span className="summary-preview__confidential">CONFIDENTIAL</span>
          </div>
          <SummaryDocument data={document} preview />
          <div className="summary-preview__furniture">
            <span>
              Generated {formatDate(document.generatedOn)}
              {practice && (
                <>
                  {' · '}
                  <UserText inline text={practice} />
                </>
              )}
            </span>
            <span>Page 1 of …</span>
          </div>
        </div>
      </div>
    </div>
  );
}
