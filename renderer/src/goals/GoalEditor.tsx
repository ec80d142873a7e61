import { useEffect, useRef } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { ActionButton } from '../ui/ActionButton';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { FormDateField } from './FormDateField';
import { FormTextArea } from './FormTextArea';
import { InterventionsEditor } from './InterventionsEditor';
import { LadderEditor } from './LadderEditor';
import { ObjectivesEditor } from './ObjectivesEditor';
import type { PlanFormInput } from './plan-form';
import { StepsEditor } from './StepsEditor';

interface GoalEditorProps {
  control: Control<PlanFormInput>;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

const WEIGHTS = [
  { value: '1', label: '1', hint: 'Usual' },
  { value: '2', label: '2', hint: 'More' },
  { value: '3', label: '3', hint: 'Most' },
];

/**
 * One goal in the editor, in the order it is talked through: their words, why, the steps, the ladder;
 * then the clinician's part of the treatment plan, its objectives and interventions.
 */
export function GoalEditor({ control, index, count, onMove, onRemove }: GoalEditorProps) {
  const number = index + 1;
  const name = `goals.${index}` as const;
  const tools = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // A goal moved to the top or bottom disables the button just pressed; keep the keyboard on this
  // goal's tools rather than letting focus fall back to the page.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const focused =
      tools.current?.contains(document.activeElement) && !document.activeElement?.hasAttribute('disabled');
    if (!focused) tools.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }, [index]);
  const move = (to: number) => {
    moved.current = true;
    onMove(to);
  };
  return (
    <fieldset className="goal-editor" aria-labelledby={`goal-editor-${index}`}>
      <div className="goal-editor__head">
        <h3 id={`goal-editor-${index}`} className="goal-editor__title">
          Goal {number}
        </h3>
        <div className="goal-editor__tools" ref={tools}>
          {count > 1 && (
            <>
              <ActionButton
                variant="quiet"
                isDisabled={index === 0}
                onPress={() => move(index - 1)}
                aria-label={`Move goal ${number} up`}
              >
                Move up
              </ActionButton>
              <ActionButton
                variant="quiet"
                isDisabled={index === count - 1}
                onPress={() => move(index + 1)}
                aria-label={`Move goal ${number} down`}
              >
                Move down
              </ActionButton>
            </>
          )}
          <ActionButton
            variant="quiet"
            isDisabled={count === 1}
            onPress={onRemove}
            aria-label={`Remove goal ${number}`}
          >
            Remove
          </ActionButton>
        </div>
      </div>
      <FormTextArea
        control={control}
        name={`${name}.clientWords`}
        label="The goal, in the client’s words"
        description="Write it the way they said it."
        size="large"
        rows={2}
      />
      <FormTextArea control={control} name={`${name}.whyItMatters`} label="Why it matters to them" />
      <FormTextArea control={control} name={`${name}.clinicianFraming`} label="Clinician’s framing" />
      <div className="goal-editor__pair">
        <FormTextArea control={control} name={`${name}.linkedConcern`} label="Linked presenting concern" />
        <FormTextArea control={control} name={`${name}.strengths`} label="Strengths to draw on" />
      </div>
      <StepsEditor control={control} goalIndex={index} />
      <div className="goal-editor__when">
        <FormDateField control={control} name={`${name}.targetDate`} label="Target date" />
        <Controller
          control={control}
          name={`${name}.weight`}
          render={({ field, fieldState }) => (
            <ChoiceGroup
              look="cards"
              label="Weight"
              description="How much this goal counts in the plan’s overall score."
              options={WEIGHTS}
              value={String(field.value ?? 1)}
              onChange={(v) => field.onChange(Number(v))}
              error={fieldState.error?.message}
            />
          )}
        />
      </div>
      <LadderEditor control={control} goalIndex={index} />
      <ObjectivesEditor control={control} goalIndex={index} />
      <InterventionsEditor control={control} goalIndex={index} />
    </fieldset>
  );
}
