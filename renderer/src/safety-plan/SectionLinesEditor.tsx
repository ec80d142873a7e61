import { Input } from 'react-aria-components';
import { useFieldArray, type Control } from 'react-hook-form';
import {
  MAX_ITEMS_PER_SECTION,
  SAFETY_PLAN_SECTIONS,
} from '../../../shared/safety-plan/safety-plan-sections';
import { ActionButton } from '../ui/ActionButton';
import { BoundTextField } from '../ui/BoundTextField';
import type { SafetyPlanFormValues } from './safety-plan-form';

type Section = (typeof SAFETY_PLAN_SECTIONS)[number];

interface SectionLinesEditorProps {
  control: Control<SafetyPlanFormValues>;
  section: Section;
  number: number;
  /** The practice's own name and number, offered as a line where professionals are listed. */
  practiceContact: { text: string; phone: string } | null;
}

/**
 * One part of the plan: its lines as the client says them (any script; each box takes the
 * direction of what is typed in it), with a phone number beside each person to contact.
 */
export function SectionLinesEditor({ control, section, number, practiceContact }: SectionLinesEditorProps) {
  const lines = useFieldArray({ control, name: `sections.${section.key}` });
  const titleId = `safety-section-${section.key}`;
  const full = lines.fields.length >= MAX_ITEMS_PER_SECTION;
  const add = (line = { text: '', phone: '' }) =>
    lines.append(line, { focusName: `sections.${section.key}.${lines.fields.length}.text` });
  return (
    <section className="safety-editor__section" aria-labelledby={titleId}>
      <h3 id={titleId} className="safety-editor__title">
        <span className="safety-editor__number" aria-hidden="true">
          {number}
        </span>
        {section.title}
      </h3>
      <p className="safety-editor__hint">{section.hint}</p>
      {lines.fields.length > 0 && (
        <ol className="safety-editor__lines">
          {lines.fields.map((line, i) => (
            <li
              key={line.id}
              className={
                section.contacts ? 'safety-editor__line safety-editor__line--contact' : 'safety-editor__line'
              }
            >
              <BoundTextField
                control={control}
                name={`sections.${section.key}.${i}.text`}
                label={
                  section.contacts ? `${section.title}: name ${i + 1}` : `${section.title}: line ${i + 1}`
                }
                labelHidden
              >
                {(ref) => (
                  <div className="field__control">
                    <Input ref={ref} className="field__input" dir="auto" />
                  </div>
                )}
              </BoundTextField>
              {section.contacts && (
                <BoundTextField
                  control={control}
                  name={`sections.${section.key}.${i}.phone`}
                  label={`Phone for name ${i + 1}`}
                  labelHidden
                  type="tel"
                  className="safety-editor__phone"
                >
                  {(ref) => (
                    <div className="field__control">
                      <Input ref={ref} className="field__input" dir="ltr" placeholder="Phone" />
                    </div>
                  )}
                </BoundTextField>
              )}
              <ActionButton
                variant="quiet"
                aria-label={`Remove ${section.contacts ? 'name' : 'line'} ${i + 1} from “${section.title}”`}
                onPress={() => lines.remove(i)}
              >
                Remove
              </ActionButton>
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        <ActionButton onPress={() => add()} isDisabled={full} aria-label={`Add a line to “${section.title}”`}>
          {section.contacts ? 'Add someone' : 'Add a line'}
        </ActionButton>
        {section.key === 'professionals' && practiceContact && (
          <ActionButton onPress={() => add(practiceContact)} isDisabled={full}>
            Add this practice’s number
          </ActionButton>
        )}
      </div>
    </section>
  );
}
