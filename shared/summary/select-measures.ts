import type { MeasureEntry } from '../measures/measures-contract';
import { INSTRUMENTS } from '../measures/registry';
import { changeInWords, judgeChange } from '../measures/reliable-change';
import { bandFor } from '../measures/scoring';
import type { MeasuresBlock, MeasureSummary } from './summary-document';
import { inPeriod, type Period } from './summary-period';

/**
 * Each instrument's scores in the period, first to latest, with the change judged as the screens
 * judge it (Jacobson–Truax with the instrument's published figures) and those figures' sources.
 */
export function selectMeasures(entries: readonly MeasureEntry[], period: Period): MeasuresBlock {
  const shown = entries.filter((e) => inPeriod(period, e.completedOn));
  const summaries = [...INSTRUMENTS.values()].flatMap((instrument): MeasureSummary[] => {
    const own = shown.filter((e) => e.instrumentId === instrument.id);
    const first = own[0];
    const latest = own.at(-1);
    if (!first || !latest) return [];
    const scored = (e: MeasureEntry) => ({
      date: e.completedOn,
      total: e.total,
      band: bandFor(instrument, e.total).label,
    });
    const { reliability, clinicalCutoff } = instrument.change;
    const reliabilitySource =
      reliability.kind === 'published-points' ? reliability.points.source : reliability.sd.source;
    return [
      {
        instrumentId: instrument.id,
        name: instrument.name,
        first: scored(first),
        latest: scored(latest),
        change:
          own.length > 1 ? changeInWords(instrument, judgeChange(instrument, first.total, latest.total)) : '',
        sources: `Reliable change: ${reliabilitySource}. Cut-off: ${clinicalCutoff.source}.`,
        points: own.map((e) => ({ date: e.completedOn, total: e.total })),
      },
    ];
  });
  return { entries: summaries };
}
