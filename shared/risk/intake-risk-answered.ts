import type { Intake } from '../clients/intake-schema';

/** Whether the intake holds any risk answer: a level asked about, or words in its notes. */
export function intakeRiskAnswered(risk: Intake['risk']): boolean {
  return (
    risk.suicidalThoughts !== 'not-asked' ||
    risk.selfHarm !== 'not-asked' ||
    risk.harmToOthers !== 'not-asked' ||
    risk.notes.trim() !== ''
  );
}
