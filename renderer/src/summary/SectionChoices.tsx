import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { Controller, type Control } from 'react-hook-form';
import {
  CULTURAL_DOMAINS,
  CULTURAL_GROUP_TITLES,
  SUMMARY_SECTIONS,
} from '../../../shared/summary/summary-sections';
import { CheckboxField } from '../ui/CheckboxField';
import { Fold } from '../ui/Fold';
import { Icon } from '../ui/Icon';
import type { ExportForm } from './export-form';
import '../ui/checkbox.css';

function Choice({ value, label, description }: { value: string; label: string; description?: string }) {
  return (
    <Checkbox className="checkbox export-choice" value={value}>
      {({ isSelected }) => (
        <>
          <span className="checkbox__box" aria-hidden="true">
            {isSelected && <Icon name="check" size={16} />}
          </span>
          <span className="checkbox__label">
            <span>{label}</span>
            {description && <span className="export-choice__description">{description}</span>}
          </span>
        </>
      )}
    </Checkbox>
  );
}

function domainsIncluded(count: number): string {
  if (count === CULTURAL_DOMAINS.length) return `All ${count} included`;
  return count === 0 ? 'None included' : `${count} of ${CULTURAL_DOMAINS.length} included`;
}

/** Which sections go in, and within the cultural background, which domains. */
export function SectionChoices({
  control,
  isReadOnly,
}: {
  control: Control<ExportForm>;
  isReadOnly: boolean;
}) {
  return (
    <>
      <Controller
        control={control}
        name="sections"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            className="export-group"
            value={field.value}
            onChange={field.onChange}
            isInvalid={fieldState.invalid}
            isReadOnly={isReadOnly}
            validationBehavior="aria"
          >
            <Label className="export-group__label">Sections</Label>
            {SUMMARY_SECTIONS.map((s) => (
              <Choice key={s.key} value={s.key} label={s.title} description={s.description} />
            ))}
            <FieldError className="field__error">{fieldState.error?.message}</FieldError>
          </CheckboxGroup>
        )}
      />
      <Controller
        control={control}
        name="culturalDomains"
        render={({ field, fieldState }) => (
          <Fold
            className="export-fold"
            level={2}
            title="Cultural domains"
            summary={domainsIncluded(field.value.length)}
          >
            <CheckboxGroup
              className="export-group"
              value={field.value}
              onChange={field.onChange}
              isInvalid={fieldState.invalid}
              isReadOnly={isReadOnly}
              validationBehavior="aria"
            >
              <Label className="visually-hidden">Cultural background: domains to include</Label>
              <Text slot="description" className="field__description">
                Each domain the client spoke about can be left out on its own.
              </Text>
              {(['addressing', 'formulation', 'context'] as const).map((group) => (
                <div key={group} className="export-group__cluster" role="presentation">
                  <span className="export-group__cluster-title">{CULTURAL_GROUP_TITLES[group]}</span>
                  {CULTURAL_DOMAINS.filter((d) => d.group === group).map((d) => (
                    <Choice key={d.key} value={d.key} label={d.title} />
                  ))}
                </div>
              ))}
              <FieldError className="field__error">{fieldState.error?.message}</FieldError>
            </CheckboxGroup>
          </Fold>
        )}
      />
      <Controller
        control={control}
        name="ruptureLabels"
        render={({ field }) => (
          <CheckboxField isSelected={field.value} onChange={field.onChange} isDisabled={isReadOnly}>
            Name ruptures in the alliance in the session history
          </CheckboxField>
        )}
      />
    </>
  );
}
