import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import type { PaperSize } from '../../../shared/pdf/pdf-output';
import { ChoiceGroup } from '../ui/ChoiceGroup';

const OPTIONS: Record<PaperSize, { value: PaperSize; label: string }> = {
  A4: { value: 'A4', label: 'A4' },
  Letter: { value: 'Letter', label: 'US Letter' },
};

/** The paper a PDF is laid out for, as a short choice; the paper its reader most likely uses first. */
export function PaperChoice<T extends FieldValues & { paper: PaperSize }>({
  control,
  isDisabled,
  first,
}: {
  control: Control<T>;
  isDisabled: boolean;
  first: PaperSize;
}) {
  const options = first === 'A4' ? [OPTIONS.A4, OPTIONS.Letter] : [OPTIONS.Letter, OPTIONS.A4];
  return (
    <Controller
      control={control}
      name={'paper' as Path<T>}
      render={({ field }) => (
        <ChoiceGroup
          label="Paper size"
          orientation="horizontal"
          value={field.value}
          onChange={field.onChange}
          isDisabled={isDisabled}
          options={options}
        />
      )}
    />
  );
}
