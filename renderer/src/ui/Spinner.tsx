import './spinner.css';

/** A small rotating ring for buttons doing slow work; the button's text says what is happening. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}
