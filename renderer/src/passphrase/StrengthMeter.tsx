import { Label, Meter } from 'react-aria-components';
import type { PassphraseStrength } from '../../../shared/vault/passphrase-strength';
import './strength-meter.css';

const STEPS = 5;
const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

function describe(strength: PassphraseStrength | null): { label: string; tone: string; filled: number } {
  if (!strength) return { label: 'Nothing typed yet', tone: 'none', filled: 0 };
  const filled = strength.score + 1;
  if (strength.acceptable) return { label: LABELS[strength.score], tone: 'good', filled };
  // A passphrase can score well and still be refused for being short: say which.
  if (strength.score >= 3) return { label: 'Too short', tone: 'fair', filled };
  return { label: LABELS[strength.score], tone: strength.score === 2 ? 'fair' : 'weak', filled };
}

/** The live strength of a new passphrase: five steps, a word for the level, and how to improve it. */
export function StrengthMeter({ strength }: { strength: PassphraseStrength | null }) {
  const { label, tone, filled } = describe(strength);
  const weak = strength !== null && !strength.acceptable;
  return (
    <div className="strength" data-tone={tone}>
      <Meter className="strength__meter" value={filled} minValue={0} maxValue={STEPS} valueLabel={label}>
        <div className="strength__heading">
          <Label className="strength__label">Strength</Label>
          <span className="strength__value" aria-hidden="true">
            {label}
          </span>
        </div>
        <div className="strength__bar" aria-hidden="true">
          {Array.from({ length: STEPS }, (_, step) => (
            <span key={step} className="strength__step" data-filled={step < filled || undefined} />
          ))}
        </div>
      </Meter>
      <div className="strength__advice" aria-live="polite">
        {strength?.acceptable && <p>Good: this passphrase would be very hard to guess.</p>}
        {weak && strength.warning && <p className="strength__warning">{strength.warning}</p>}
        {weak && strength.suggestions.length > 0 && (
          <ul>
            {strength.suggestions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
