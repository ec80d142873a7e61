import { useState } from 'react';
import { formatDate } from '../../../shared/dates/format-date';
import { CADENCE_LABELS } from '../../../shared/measures/measure-due';
import type { MeasureEntry } from '../../../shared/measures/measures-contract';
import type { MeasureInstrument } from '../../../shared/measures/instrument';
import { INSTRUMENTS, instrumentById } from '../../../shared/measures/registry';
import { changeInWords, judgeChange } from '../../../shared/measures/reliable-change';
import { bandFor } from '../../../shared/measures/scoring';
import { MeasureTrendChart } from '../charts/MeasureTrendChart';
import { ActionButton } from '../ui/ActionButton';
import { Alert } from '../ui/Alert';
import { OverviewCard } from '../ui/OverviewCard';
import { CorrectMeasureDialog } from './CorrectMeasureDialog';
import { MeasureHistoryList } from './MeasureHistoryList';
import { MeasureRiskFlag } from './MeasureRiskFlag';
import { MeasureScheduleEditor } from './MeasureScheduleEditor';
import { RecordMeasureDialog } from './RecordMeasureDialog';
import { useClientMeasures } from './measure-queries';
import './measures.css';

/** The client's outcome measures: what is due, any risk to review, and each measure's trend. */
export function MeasuresTab({ clientId }: { clientId: string }) {
  const measures = useClientMeasures(clientId);
  const [recording, setRecording] = useState<MeasureInstrument | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [correcting, setCorrecting] = useState<MeasureEntry | null>(null);
  if (measures.isPending) return <p className="muted">Loading…</p>;
  if (measures.isError) return <Alert tone="error">{measures.error.message}</Alert>;
  const { entries, schedules, due } = measures.data;
  const flags = entries.filter((e) => e.riskOpen);

  return (
    <div className="measures-tab">
      {flags.map((entry) => (
        <MeasureRiskFlag
          key={entry.id}
          clientId={clientId}
          measureId={entry.id}
          instrumentId={entry.instrumentId}
          completedOn={entry.completedOn}
          answer={riskAnswer(entry)}
        />
      ))}
      <section className="panel" aria-labelledby="measures-due-title">
        <div className="panel__header">
          <h2 id="measures-due-title">Schedule</h2>
        </div>
        {due.length > 0 && (
          <Alert tone="info">
            Due now:{' '}
            {due
              .map((d) => `${instrumentById(d.instrumentId)?.shortName} (since ${formatDate(d.dueOn)})`)
              .join(', ')}
          </Alert>
        )}
        {schedules.length === 0 ? (
          <p className="muted">No measure is scheduled for this client.</p>
        ) : (
          <ul className="measure-due-list">
            {schedules.map((s) => (
              <li key={s.instrumentId}>
                {instrumentById(s.instrumentId)?.shortName}: {CADENCE_LABELS[s.cadence]} from{' '}
                {formatDate(s.startOn)}
                {!s.active && ' (paused)'}
              </li>
            ))}
          </ul>
        )}
        {scheduling ? (
          <MeasureScheduleEditor
            clientId={clientId}
            schedules={schedules}
            onDone={() => setScheduling(false)}
          />
        ) : (
          <div>
            <ActionButton onPress={() => setScheduling(true)}>Change the schedule</ActionButton>
          </div>
        )}
      </section>
      <div className="measures-tab__actions">
        {[...INSTRUMENTS.values()].map((instrument) => (
          <ActionButton key={instrument.id} variant="primary" onPress={() => setRecording(instrument)}>
            Record a {instrument.shortName}
          </ActionButton>
        ))}
      </div>
      <div className="overview-grid">
        {[...INSTRUMENTS.values()].map((instrument) => (
          <MeasureCard
            key={instrument.id}
            instrument={instrument}
            entries={entries.filter((e) => e.instrumentId === instrument.id)}
            onCorrect={setCorrecting}
          />
        ))}
      </div>
      {recording && (
        <RecordMeasureDialog clientId={clientId} instrument={recording} onClose={() => setRecording(null)} />
      )}
      {correcting && instrumentById(correcting.instrumentId) && (
        <CorrectMeasureDialog
          instrument={instrumentById(correcting.instrumentId)!}
          entry={correcting}
          onClose={() => setCorrecting(null)}
        />
      )}
    </div>
  );
}

function riskAnswer(entry: MeasureEntry): number {
  const index = instrumentById(entry.instrumentId)?.riskItem?.index;
  return index === undefined ? 0 : (entry.answers[index] ?? 0);
}

interface MeasureCardProps {
  instrument: MeasureInstrument;
  entries: MeasureEntry[];
  onCorrect: (entry: MeasureEntry) => void;
}

function MeasureCard({ instrument, entries, onCorrect }: MeasureCardProps) {
  if (entries.length === 0) return null;
  const counted = entries.filter((e) => e.supersededBy === null);
  const first = counted[0];
  const latest = counted.at(-1);
  return (
    <OverviewCard title={instrument.name} span="wide">
      <div className="measure-card">
        {first && latest && (
          <p className="measure-card__latest">
            Latest {latest.total} ({bandFor(instrument, latest.total).label}),{' '}
            {formatDate(latest.completedOn)}.{' '}
            {counted.length > 1 &&
              changeInWords(instrument, judgeChange(instrument, first.total, latest.total))}
          </p>
        )}
        <MeasureTrendChart
          instrument={instrument}
          points={counted.map((e) => ({ date: e.completedOn, total: e.total }))}
        />
        <MeasureHistoryList instrument={instrument} entries={entries} onCorrect={onCorrect} />
      </div>
    </OverviewCard>
  );
}
