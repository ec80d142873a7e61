import { useId } from 'react';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { GAS_LEVEL_LABELS, GAS_LEVELS } from '../../../shared/goals/gas';
import { signedLevel } from '../charts/chart-descriptions';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormTextArea } from './FormTextArea';
import { LADDER, levelKey } from './ladder-levels';
import type { PlanFormInput } from './plan-form';
import './gas-ladder.css';
import './goals.css';

const HINTS: Record<string, string> = {
  '2': 'The best you could hope for',
  '0': 'What you both expect by the target date',
  '-2': 'Much worse than hoped, or where things could slip to',
};

/**
 * The five Goal Attainment Scaling levels, described in the client's words, as a gas-ladder with the
 * best at the top; the baseline (where things are today) is chosen below and marked on its rung.
 */
export function LadderEditor({ control, goalIndex }: { control: Control<PlanFormInput>; goalIndex: number }) {
  const id = useId();
  const name = `goals.${goalIndex}` as const;
  const baseline = useWatch({ control, name: `${name}.baseline` }) ?? -1;
  return (
    <div
      className="ladder-editor"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
    >
      <div className="ladder-editor__head">
        <span className="field__label" id={`${id}-title`}>
          What each level would look like
        </span>
        <p className="field__description" id={`${id}-hint`}>
          Describe each outcome in the client’s words, from the best at the top to the worst at the bottom.
        </p>
      </div>
      <ol className="ladder-editor__rungs">
        {LADDER.map((level) => (
          <li
            key={level}
            className={[
              'ladder-editor__rung',
              level === 0 ? 'ladder-editor__rung--expected' : '',
              level === baseline ? 'ladder-editor__rung--baseline' : '',
            ].join(' ')}
          >
            <span className="gas-ladder__level" aria-hidden="true">
              {signedLevel(level)}
            </span>
            <FormTextArea
              control={control}
              name={`${name}.levels.${levelKey(level)}`}
              rows={1}
              label={
                <>
                  <span className="visually-hidden">
                    Goal {goalIndex + 1}, level {signedLevel(level)}:{' '}
                  </span>
                  {GAS_LEVEL_LABELS[level]}
                  {HINTS[levelKey(level)] && (
                    <span className="ladder-editor__hint"> · {HINTS[levelKey(level)]}</span>
                  )}
                  {level === baseline && (
                    <span className="goal-tag ladder-editor__baseline-tag">Baseline: today</span>
                  )}
                </>
              }
            />
          </li>
        ))}
      </ol>
      <Controller
        control={control}
        name={`${name}.baseline`}
        render={({ field, fieldState }) => (
          <ChoiceGroup
            look="cards"
            label="Where things are today (the baseline)"
            description="Usually −1 or −2: the goal is something still to reach."
            options={GAS_LEVELS.map((l) => ({ value: String(l), label: signedLevel(l) }))}
            value={String(field.value ?? -1)}
            onChange={(v) => field.onChange(Number(v))}
            error={fieldState.error?.message}
          />
        )}
      />
    </div>
  );
}
