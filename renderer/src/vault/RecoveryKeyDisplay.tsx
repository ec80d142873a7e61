import './recovery-key-display.css';

/**
 * The recovery key in its groups of four, large and monospaced so it can be copied by hand. The
 * dashes stay in the text (hidden from view) so selecting and copying it gives the exact key.
 */
export function RecoveryKeyDisplay({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKey.split('-');
  // Named as a group, so a screen reader says what the letters are before reading them out.
  return (
    <div role="group" aria-label={`Recovery key, ${groups.length} groups of four letters and digits`}>
      <p className="recovery-key" data-testid="recovery-key">
        {groups.map((group, index) => (
          <span key={index} className="recovery-key__group">
            {group}
            {index < groups.length - 1 && <span className="visually-hidden">-</span>}
          </span>
        ))}
      </p>
    </div>
  );
}
