import './wordmark.css';

/** The product name as a quiet mark; the window title stays "Rapport" on its own. */
export function Wordmark() {
  return (
    <div className="wordmark">
      <span className="wordmark__dot" aria-hidden="true" />
      <span>Rapport</span>
    </div>
  );
}
