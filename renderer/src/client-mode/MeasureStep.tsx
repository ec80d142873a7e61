import type { MeasureInstrument } from '../../../shared/measures/instrument';
import { MeasureQuestionnaire } from '../measures/MeasureQuestionnaire';
import { Alert } from '../ui/Alert';
import type { ClientStepProps } from './client-step';

/**
 * An outcome measure as the client answers it on their own: the instrument's words in large type,
 * a number key or a click for each answer. Nothing is stored until every question is answered.
 */
export function MeasureStep({
  instrument,
  onDone,
  busy,
  error,
}: ClientStepProps<number[]> & { instrument: MeasureInstrument }) {
  return (
    <div className="client-step">
      <p className="client-step__hint">
        Choose the answer that fits best. You can click an answer, or press its number.
      </p>
      <MeasureQuestionnaire
        instrument={instrument}
        size="large"
        submitLabel="Save my answers"
        isPending={busy}
        onSubmit={(answers) => {
          if (!busy) onDone(answers);
        }}
        footer={error && <Alert tone="error">{error}</Alert>}
      />
    </div>
  );
}
