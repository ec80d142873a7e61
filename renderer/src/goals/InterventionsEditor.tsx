import { useId } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { CheckboxField } from '../ui/CheckboxField';
import { FormTextArea } from './FormTextArea';
import { useModalities } from './modalities-queries';
import type { PlanFormInput } from './plan-form';
import './treatment-plan-editor.css';

/**
 * The approaches planned for a goal: ticked from the common ones and the clinician's own (Settings),
 * with what will actually be done written out. An approach an earlier version used stays offered,
 * so revising a plan never silently drops it.
 */
export function InterventionsEditor({
  control,
  goalIndex,
}: {
  control: Control<PlanFormInput>;
  goalIndex: number;
}) {
  const id = useId();
  const modalities = useModalities();
  const name = `goals.${goalIndex}.interventions` as const;
  const offered = [...(modalities.data?.common ?? []), ...(modalities.data?.custom ?? [])];
  return (
    <div className="plan-list-editor" role="group" aria-labelledby={`${id}-title`}>
      <span className="field__label" id={`${id}-title`}>
        Interventions planned
      </span>
      <Controller
        control={control}
        name={`${name}.modalities`}
        render={({ field }) => {
          const chosen: string[] = field.value ?? [];
          const shown = [...offered, ...chosen.filter((m) => !offered.includes(m))];
          return (
            <div className="modality-choices">
              {shown.map((modality) => (
                <CheckboxField
                  key={modality}
                  isSelected={chosen.includes(modality)}
                  onChange={(on) =>
                    field.onChange(on ? [...chosen, modality] : chosen.filter((m) => m !== modality))
                  }
                >
                  {modality}
                </CheckboxField>
              ))}
            </div>
          );
        }}
      />
      <FormTextArea
        control={control}
        name={`${name}.detail`}
        label={`Goal ${goalIndex + 1}: what will be done`}
        description="Techniques, homework, referrals: the work the approaches stand for."
      />
    </div>
  );
}
