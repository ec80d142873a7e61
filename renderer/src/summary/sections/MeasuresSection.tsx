import { formatDate } from '../../../../shared/dates/format-date';
import { instrumentById } from '../../../../shared/measures/registry';
import type { MeasuresBlock } from '../../../../shared/summary/summary-document';
import { MeasureTrendChart } from '../../charts/MeasureTrendChart';
import { FactList } from './FactList';

export function MeasuresSection({ measures }: { measures: MeasuresBlock }) {
  if (measures.entries.length === 0) {
    return <p className="summary__empty">No outcome measure completed in this period.</p>;
  }
  return (
    <>
      {measures.entries.map((m) => {
        const instrument = instrumentById(m.instrumentId);
        return (
          <div key={m.instrumentId} className="summary__measure">
            <h3>{m.name}</h3>
            <FactList
              facts={[
                { label: 'First', value: `${m.first.total} (${m.first.band}), ${formatDate(m.first.date)}` },
                {
                  label: 'Latest',
                  value: `${m.latest.total} (${m.latest.band}), ${formatDate(m.latest.date)}`,
                },
                ...(m.change ? [{ label: 'Change', value: m.change }] : []),
              ]}
            />
            {instrument && <MeasureTrendChart instrument={instrument} points={m.points} />}
            <p className="summary__empty">{m.sources}</p>
          </div>
        );
      })}
    </>
  );
}
