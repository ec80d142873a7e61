import { signatureViewBox } from '../../../shared/goals/signature-path';
import './signature.css';

/** A stored signature drawn again from its path, scaled to fit whatever pad it was drawn on. */
export function SignatureImage({ path, label }: { path: string; label: string }) {
  const viewBox = signatureViewBox(path);
  if (!viewBox) return null;
  return (
    <svg
      className="signature-image"
      viewBox={viewBox}
      role="img"
      aria-label={label}
      data-testid="signature-image"
    >
      <path className="signature-image__ink" d={path} />
    </svg>
  );
}
