import { Label, ProgressBar } from 'react-aria-components';
import './your-data.css';

/** A determinate bar with what is under way in words, for the export and the import. */
export function DataProgress({ label, words, percent }: { label: string; words: string; percent: number }) {
  return (
    <ProgressBar className="data-progress" value={percent} valueLabel={words}>
      {({ percentage }) => (
        <>
          <div className="data-progress__labels">
            <Label className="data-progress__label">{label}</Label>
            <span className="data-progress__step">{words}</span>
          </div>
          <div className="data-progress__track">
            <div className="data-progress__fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
