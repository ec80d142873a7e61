import { formatDate, localDay } from '../../../shared/dates/format-date';
import type { MeasureInstrument } from '../../../shared/measures/instrument';
import type { MeasureEntry } from '../../../shared/measures/measures-contract';
import { bandFor } from '../../../shared/measures/scoring';
import { ActionButton } from '../ui/ActionButton';
import { UserText } from '../ui/UserText';

interface MeasureHistoryListProps {
  instrument: MeasureInstrument;
  /** Oldest first, corrected entries included. */
  entries: readonly MeasureEntry[];
  onCorrect: (entry: MeasureEntry) => void;
}

/**
 * Every entry of one measure, newest first. A corrected entry stays, struck through, with who
 * corrected it, when and why; what the client answered themselves says so, corrected or not.
 */
export function MeasureHistoryList({ instrument, entries, onCorrect }: MeasureHistoryListProps) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (
    <ul className="measure-card__entries">
      {[...entries].reverse().map((e) => {
        const correction = e.supersededBy ? byId.get(e.supersededBy) : undefined;
        const label = `${instrument.shortName} of ${formatDate(e.completedOn)}`;
        return (
          <li key={e.id} className="measure-entry">
            <p className="measure-entry__line">
              <span className={correction ? 'measure-card__superseded' : undefined}>
                {formatDate(e.completedOn)}: {e.total} ({bandFor(instrument, e.total).label})
              </span>
              , {e.completedBy === 'client' ? 'answered by the client' : 'with the clinician'}
              {e.riskRaised && ' · item 9 above zero'}
              {correction && ' · corrected, no longer counted'}
            </p>
            {correction && (
              <p className="measure-entry__note">
                Corrected on {formatDate(localDay(new Date(correction.recordedAt)))}
                {correction.recordedBy && (
                  <>
                    {' '}
                    by <UserText inline text={correction.recordedBy} />
                  </>
                )}
                : <UserText inline text={correction.correctionReason ?? ''} />
              </p>
            )}
            {e.supersedesId && (
              <p className="measure-entry__note">
                Corrects the entry of {formatDate(byId.get(e.supersedesId)?.completedOn ?? e.completedOn)}
              </p>
            )}
            {!e.supersededBy && (
              <div>
                <ActionButton variant="quiet" onPress={() => onCorrect(e)}>
                  Correct<span className="visually-hidden"> the {label}</span>…
                </ActionButton>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
