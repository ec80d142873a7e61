import type { ClientRecord } from '../../../shared/clients/client-contract';
import { ADDRESSING_DOMAINS } from '../../../shared/clients/cultural-frameworks';
import { INTAKE_STEPS } from '../../../shared/clients/intake-schema';
import { useClientPage } from '../clients/client-page-context';
import { UserText } from '../ui/UserText';
import { ActionButton } from '../ui/ActionButton';
import { valueAt } from '../forms/value-at-path';
import { STEP_FIELDS } from './intake-fields';
import { describeValue, isAnswered } from './intake-values';
import { stepHasAnswers } from './step-marks';

function CulturalSummary({ record }: { record: ClientRecord }) {
  const page = useClientPage();
  const { addressing } = record.intake.cultural;
  const spoken = ADDRESSING_DOMAINS.filter(
    (d) => addressing[d.key].text.trim() || addressing[d.key].preferNotToSay,
  );
  return (
    <div className="intake-read__cultural">
      <p>
        {stepHasAnswers('cultural', record.intake)
          ? `${spoken.length} of ${ADDRESSING_DOMAINS.length} identity domains talked about.`
          : 'Nothing recorded yet.'}
      </p>
      <ActionButton variant="quiet" onPress={() => page.selectTab('cultural')}>
        Open the cultural background
      </ActionButton>
    </div>
  );
}

/** The saved intake, step by step, showing what was recorded (and only that). */
export function IntakeReadView({ record }: { record: ClientRecord }) {
  return (
    <div className="intake-read">
      {INTAKE_STEPS.map((step) => {
        const answered = STEP_FIELDS[step.key].filter((f) =>
          isAnswered(f.kind, valueAt(record.intake, f.path)),
        );
        return (
          <section key={step.key} className="intake-read__step" aria-labelledby={`intake-read-${step.key}`}>
            <h2 id={`intake-read-${step.key}`}>{step.title}</h2>
            {step.key === 'cultural' ? (
              <CulturalSummary record={record} />
            ) : answered.length === 0 ? (
              <p className="muted">Nothing recorded yet.</p>
            ) : (
              <dl className="fact-list fact-list--aligned">
                {answered.map((field) => (
                  <div key={field.path}>
                    <dt>{field.label}</dt>
                    <dd>
                      <UserText
                        text={describeValue(field.kind, valueAt(record.intake, field.path))}
                        inline={field.kind !== 'long'}
                      />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
