import type { SafetyPlanVersion } from '../../../shared/safety-plan/safety-plan-schema';
import { SAFETY_PLAN_SECTIONS } from '../../../shared/safety-plan/safety-plan-sections';
import { SafetyPlanLines } from './SafetyPlanLines';

/** A version's seven parts as the client wrote them; an empty part says so, so nothing looks lost. */
export function SafetyPlanView({ version }: { version: SafetyPlanVersion }) {
  return (
    <ol className="safety-view">
      {SAFETY_PLAN_SECTIONS.map((section, i) => {
        const items = version.sections[section.key];
        return (
          <li key={section.key} className="safety-view__section">
            <h4 className="safety-view__title">
              <span className="safety-editor__number" aria-hidden="true">
                {i + 1}
              </span>
              {section.title}
            </h4>
            {items.length > 0 ? (
              <SafetyPlanLines items={items} />
            ) : (
              <p className="muted">Nothing written yet.</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
