import { useId } from 'react';
import { FieldError, Input, Label, TextField } from 'react-aria-components';
import { Controller, useFieldArray, type Control } from 'react-hook-form';
import { STEP_OWNERS } from '../../../shared/goals/goal-contract';
import { ActionButton } from '../ui/ActionButton';
import type { PlanFormInput } from './plan-form';

const OWNER_LABELS: Record<(typeof STEP_OWNERS)[number], string> = {
  client: 'Client',
  clinician: 'Clinician',
  together: 'Together',
  'someone else': 'Someone else',
};

/** The concrete steps toward a goal, each with who takes it. */
export function StepsEditor({ control, goalIndex }: { control: Control<PlanFormInput>; goalIndex: number }) {
  const id = useId();
  const steps = useFieldArray({ control, name: `goals.${goalIndex}.steps` });
  const goalNumber = goalIndex + 1;
  return (
    <div className="steps-editor" role="group" aria-labelledby={`${id}-title`}>
      <span className="field__label" id={`${id}-title`}>
        Steps, and who does what
      </span>
      {steps.fields.length > 0 && (
        <ol className="steps-editor__list">
          {steps.fields.map((step, i) => (
            <li key={step.id} className="steps-editor__row">
              <Controller
                control={control}
                name={`goals.${goalIndex}.steps.${i}.text`}
                render={({ field, fieldState }) => (
                  <TextField
                    className="field"
                    value={field.value ?? ''}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    isInvalid={fieldState.invalid}
                    validationBehavior="aria"
                  >
                    <Label className="visually-hidden">
                      Goal {goalNumber}, step {i + 1}
                    </Label>
                    <div className="field__control">
                      <Input ref={field.ref} className="field__input" dir="auto" />
                    </div>
                    <FieldError className="field__error">{fieldState.error?.message}</FieldError>
                  </TextField>
                )}
              />
              <Controller
                control={control}
                name={`goals.${goalIndex}.steps.${i}.who`}
                render={({ field }) => (
                  <label className="goal-select steps-editor__who">
                    <span className="visually-hidden">
                      Goal {goalNumber}, who takes step {i + 1}
                    </span>
                    <select
                      ref={field.ref}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                    >
                      {STEP_OWNERS.map((owner) => (
                        <option key={owner} value={owner}>
                          {OWNER_LABELS[owner]}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              />
              <ActionButton
                variant="quiet"
                onPress={() => steps.remove(i)}
                aria-label={`Remove step ${i + 1} of goal ${goalNumber}`}
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
            steps.append(
              { text: '', who: 'client' },
              { focusName: `goals.${goalIndex}.steps.${steps.fields.length}.text` },
            )
          }
          aria-label={`Add a step to goal ${goalNumber}`}
        >
          Add a step
        </ActionButton>
      </div>
    </div>
  );
}
