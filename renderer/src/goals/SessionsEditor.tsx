import { useId } from 'react';
import { Controller, useFieldArray, type Control } from 'react-hook-form';
import { SESSION_FREQUENCIES } from '../../../shared/goals/treatment-plan-contract';
import { ActionButton } from '../ui/ActionButton';
import { FormNumberField } from '../ui/FormNumberField';
import { FormTextField } from '../ui/FormTextField';
import { FREQUENCY_LABELS } from '../../../shared/goals/treatment-plan-words';
import type { PlanFormInput } from './plan-form';
import './treatment-plan-editor.css';

/** How often and how long the client is seen under this plan, and who besides the client takes part. */
export function SessionsEditor({ control }: { control: Control<PlanFormInput> }) {
  const id = useId();
  const involved = useFieldArray({ control, name: 'involved' });
  return (
    <fieldset className="sessions-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="sessions-editor__title">
        Sessions and who is involved
      </h3>
      <div className="sessions-editor__row">
        <Controller
          control={control}
          name="sessions.frequency"
          render={({ field }) => (
            <label className="goal-select">
              <span className="field__label">How often</span>
              <select
                ref={field.ref}
                value={field.value ?? ''}
                onChange={field.onChange}
                onBlur={field.onBlur}
              >
                <option value="">Not set</option>
                {SESSION_FREQUENCIES.map((f) => (
                  <option key={f} value={f}>
                    {FREQUENCY_LABELS[f]}
                  </option>
                ))}
              </select>
            </label>
          )}
        />
        <FormNumberField
          control={control}
          name="sessions.minutes"
          label="Minutes per session"
          description="0 if not set"
          minValue={0}
          maxValue={480}
        />
        <FormNumberField
          control={control}
          name="sessions.weeks"
          label="For how many weeks"
          description="0: until the review"
          minValue={0}
          maxValue={520}
        />
      </div>
      <div className="plan-list-editor" role="group" aria-labelledby={`${id}-people`}>
        <span className="field__label" id={`${id}-people`}>
          Who is involved
        </span>
        <p className="field__description">
          The client, and anyone else taking part: a partner, parent, GP, school.
        </p>
        {involved.fields.length > 0 && (
          <ol className="plan-list-editor__list">
            {involved.fields.map((person, i) => (
              <li key={person.id} className="person-editor">
                <FormTextField
                  control={control}
                  name={`involved.${i}.name`}
                  label={`Person ${i + 1}: name`}
                />
                <FormTextField
                  control={control}
                  name={`involved.${i}.role`}
                  label={`Person ${i + 1}: role`}
                />
                <ActionButton
                  variant="quiet"
                  onPress={() => involved.remove(i)}
                  aria-label={`Remove person ${i + 1}`}
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
              involved.append(
                { name: '', role: '' },
                { focusName: `involved.${involved.fields.length}.name` },
              )
            }
          >
            Add someone involved
          </ActionButton>
        </div>
      </div>
    </fieldset>
  );
}
