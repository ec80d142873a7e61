import { useId } from 'react';
import { Controller, useFieldArray, useWatch, type Control } from 'react-hook-form';
import { GAS_LEVEL_LABELS, type GasLevel } from '../../../shared/goals/gas';
import { signedLevel } from '../charts/chart-descriptions';
import { ActionButton } from '../ui/ActionButton';
import { FormTextArea } from './FormTextArea';
import { LADDER, levelKey } from './ladder-levels';
import type { PlanFormInput } from './plan-form';
import './treatment-plan-editor.css';

const NO_LEVEL = 'none';

function levelOption(level: GasLevel, words: string | undefined): string {
  const text = words?.replace(/\s+/g, ' ').trim() || GAS_LEVEL_LABELS[level];
  return `${signedLevel(level)}: ${text.length > 60 ? `${text.slice(0, 58)}…` : text}`;
}

/**
 * The goal's measurable objectives, in the clinician's framing, each tied where it fits to the rung
 * of this goal's ladder that meeting it would stand for.
 */
export function ObjectivesEditor({
  control,
  goalIndex,
}: {
  control: Control<PlanFormInput>;
  goalIndex: number;
}) {
  const id = useId();
  const name = `goals.${goalIndex}` as const;
  const objectives = useFieldArray({ control, name: `${name}.objectives` });
  const ladder = useWatch({ control, name: `${name}.levels` });
  const goalNumber = goalIndex + 1;
  return (
    <div
      className="plan-list-editor"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
    >
      <span className="field__label" id={`${id}-title`}>
        Measurable objectives
      </span>
      <p className="field__description" id={`${id}-hint`}>
        In your framing: what will be observably different, how often or by when, and how you will know.
      </p>
      {objectives.fields.length > 0 && (
        <ol className="plan-list-editor__list">
          {objectives.fields.map((objective, i) => (
            <li key={objective.id} className="objective-editor">
              <FormTextArea
                control={control}
                name={`${name}.objectives.${i}.text`}
                label={`Goal ${goalNumber}, objective ${i + 1}`}
              />
              <Controller
                control={control}
                name={`${name}.objectives.${i}.gasLevel`}
                render={({ field }) => (
                  <label className="goal-select">
                    <span className="field__label">Stands for the ladder level</span>
                    <select
                      ref={field.ref}
                      value={
                        field.value === null || field.value === undefined ? NO_LEVEL : String(field.value)
                      }
                      onChange={(e) =>
                        field.onChange(
                          e.target.value === NO_LEVEL ? null : (Number(e.target.value) as GasLevel),
                        )
                      }
                      onBlur={field.onBlur}
                    >
                      <option value={NO_LEVEL}>No particular level</option>
                      {LADDER.map((level) => (
                        <option key={level} value={String(level)}>
                          {levelOption(level, ladder?.[levelKey(level)])}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              />
              <ActionButton
                variant="quiet"
                onPress={() => objectives.remove(i)}
                aria-label={`Remove objective ${i + 1} of goal ${goalNumber}`}
              >
                Remove
              </ActionButton>
            </li>
          ))}
        </ol>
      )}
      <div>
        <ActionButton
          onPress={() =>
            objectives.append(
              { text: '', gasLevel: null },
              { focusName: `${name}.objectives.${objectives.fields.length}.text` },
            )
          }
          aria-label={`Add an objective to goal ${goalNumber}`}
        >
          Add an objective
        </ActionButton>
      </div>
    </div>
  );
}
