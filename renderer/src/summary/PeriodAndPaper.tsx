import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import { PAPER_SIZES } from '../../../shared/pdf/pdf-output';
import { BoundDayField } from '../ui/BoundDayField';
import type { ExportForm } from './export-form';
import '../ui/field.css';

const PAPER_LABELS = { A4: 'A4 (210 × 297 mm)', Letter: 'US Letter (8.5 × 11 in)' } as const;

/** The period the sessions, ratings and charts are taken from, and the paper it is laid out for. */
export function PeriodAndPaper({
  control,
  isReadOnly,
}: {
  control: Control<ExportForm>;
  isReadOnly: boolean;
}) {
  return (
    <>
      <fieldset className="export-period">
        <legend className="export-group__label">Period</legend>
        <p className="field__description">
          Leave a date empty to start from the first record or run to today.
        </p>
        <div className="export-period__dates">
          <BoundDayField control={control} name="from" kind="date" label="From" isReadOnly={isReadOnly} />
          <BoundDayField control={control} name="to" kind="date" label="To" isReadOnly={isReadOnly} />
        </div>
      </fieldset>
      <Controller
        control={control}
        name="paper"
        render={({ field }) => (
          <RadioGroup
            className="export-group"
            value={field.value}
            onChange={(value) => field.onChange(value)}
            isReadOnly={isReadOnly}
            orientation="horizontal"
          >
            <Label className="export-group__label">Paper size</Label>
            <Text slot="description" className="field__description">
              A4 for most of the world; Letter for the United States and Canada.
            </Text>
            <div className="export-radios">
              {PAPER_SIZES.map((size) => (
                <Radio key={size} value={size} className="export-radio">
                  <span className="export-radio__dot" aria-hidden="true" />
                  {PAPER_LABELS[size]}
                </Radio>
              ))}
            </div>
          </RadioGroup>
        )}
      />
    </>
  );
}
