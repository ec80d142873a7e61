import { Label, ProgressBar } from 'react-aria-components';
import { ActionButton } from '../ui/ActionButton';
import './your-data.css';

/**
 * A determinate bar with what is under way in words, for the export and the import. With `cancel`,
 * a Cancel button under it: it stops at once, without asking first, since stopping loses nothing
 * that starting again does not bring back, and someone who chose the wrong folder for records in
 * the clear wants it stopped now.
 */
export function DataProgress({
  label,
  words,
  percent,
  cancel,
}: {
  label: string;
  words: string;
  percent: number;
  cancel?: { onPress: () => void; pending: boolean; what: string };
}) {
  return (
    <div className="data-progress">
      <ProgressBar className="data-progress__bar" value={percent} valueLabel={words}>
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
      {cancel && (
        <div className="button-row">
          <ActionButton isPending={cancel.pending} pendingLabel="Cancelling…" onPress={cancel.onPress}>
            Cancel the {cancel.what}
          </ActionButton>
        </div>
      )}
    </div>
  );
}
