import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { FormTextField } from '../../ui/FormTextField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { periodHint, quickPeriod, type PeriodChoice as Choice } from '../superbill/superbill-form';
import type { BillPdfForm } from './bill-pdf-form';

/** The statement's period: last month, this month, this year, or two dates. */
export function PeriodChoice({
  control,
  setValue,
  today,
  busy,
}: {
  control: Control<BillPdfForm>;
  setValue: UseFormSetValue<BillPdfForm>;
  today: string;
  busy: boolean;
}) {
  const period = useWatch({ control, name: 'period' });
  const choose = (choice: Choice) => {
    setValue('period', choice);
    if (choice === 'dates') return;
    // "Other dates" starts from what the last quick choice showed.
    const { from, to } = quickPeriod(choice, today);
    setValue('from', from);
    setValue('to', to);
  };
  return (
    <>
      <ChoiceGroup<Choice>
        label="Period"
        orientation="horizontal"
        value={period}
        onChange={choose}
        isDisabled={busy}
        options={[
          { value: 'last-month', label: 'Last month', hint: periodHint('last-month', today) },
          { value: 'this-month', label: 'This month', hint: periodHint('this-month', today) },
          { value: 'this-year', label: 'This year', hint: periodHint('this-year', today) },
          { value: 'dates', label: 'Other dates' },
        ]}
      />
      {period === 'dates' && (
        <div className="bill-dialog__dates">
          <FormTextField control={control} name="from" label="From" type="date" isReadOnly={busy} />
          <FormTextField control={control} name="to" label="To" type="date" isReadOnly={busy} />
        </div>
      )}
    </>
  );
}
