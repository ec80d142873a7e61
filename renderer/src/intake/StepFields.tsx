import type { Control, Path } from 'react-hook-form';
import { RISK_LABELS, RISK_LEVELS, type IntakeInput } from '../../../shared/clients/intake-schema';
import { CheckField } from '../forms/CheckField';
import { ChoiceField, type Choice } from '../forms/ChoiceField';
import { TextAreaField } from '../forms/TextAreaField';
import { TextInputField } from '../forms/TextInputField';
import type { IntakeField } from './intake-fields';

const YES_NO: readonly Choice<boolean | null>[] = [
  { value: null, label: 'Not asked yet' },
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

const RISK_CHOICES: readonly Choice<string>[] = RISK_LEVELS.map((level) => ({
  value: level,
  label: RISK_LABELS[level],
}));

interface FieldProps {
  control: Control<IntakeInput>;
  field: IntakeField;
  isReadOnly: boolean;
}

/** One intake field drawn the way its kind asks for. */
export function IntakeFieldInput({ control, field, isReadOnly }: FieldProps) {
  const name = field.path as Path<IntakeInput>;
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'tel':
    case 'date':
      return (
        <TextInputField
          control={control}
          name={name}
          label={field.label}
          description={field.description}
          type={field.kind}
          className={field.kind === 'date' ? 'field--date' : undefined}
          isReadOnly={isReadOnly}
        />
      );
    case 'long':
      return (
        <TextAreaField
          control={control}
          name={name}
          label={field.label}
          description={field.description}
          isReadOnly={isReadOnly}
        />
      );
    case 'check':
      return (
        <CheckField control={control} name={name} isDisabled={isReadOnly}>
          {field.label}
        </CheckField>
      );
    case 'yesNo':
      return (
        <ChoiceField
          control={control}
          name={name}
          label={field.label}
          choices={YES_NO}
          isReadOnly={isReadOnly}
        />
      );
    case 'risk':
      return (
        <ChoiceField
          control={control}
          name={name}
          label={field.label}
          choices={RISK_CHOICES}
          isReadOnly={isReadOnly}
        />
      );
  }
}

/** A step's fields in a grid: short ones two to a row where the window allows, the rest full width. */
export function StepFields({
  control,
  fields,
  isReadOnly,
}: Omit<FieldProps, 'field'> & { fields: IntakeField[] }) {
  return (
    <div className="intake-grid">
      {fields.map((field) => (
        <div key={field.path} className={field.half ? 'intake-grid__half' : 'intake-grid__full'}>
          <IntakeFieldInput control={control} field={field} isReadOnly={isReadOnly} />
        </div>
      ))}
    </div>
  );
}
