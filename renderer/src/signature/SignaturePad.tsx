import { useId, useRef, useState, type PointerEvent } from 'react';
import { ActionButton } from '../ui/ActionButton';
import { pathToStrokes, strokesToPath, type Point } from '../../../shared/goals/signature-path';
import './signature.css';

const WIDTH = 600;
const HEIGHT = 200;
/** Points closer than this (in pad units) to the last one add nothing but bytes. */
const MIN_STEP = 1.5;

interface SignaturePadProps {
  /** The signature drawn so far, as path data ('' when empty). */
  value: string;
  onChange: (path: string) => void;
  errorMessage?: string;
  /** The choices that work from the keyboard, as the form around the pad names them. */
  keyboardChoices: string;
  /** The pad's name: the clinician's screens speak of the client; the client's own screen, to them. */
  label?: string;
}

/**
 * A signature drawn with a mouse, pen or finger on an SVG, kept as moves and lines. It is a pointer
 * tool only and says so: people using the keyboard record agreement as verbal or a typed name.
 */
export function SignaturePad({
  value,
  onChange,
  errorMessage,
  keyboardChoices,
  label = 'Client’s signature',
}: SignaturePadProps) {
  const id = useId();
  // The strokes live in a ref so a pointer-up sees every point of the moves before it, whether or
  // not React has rendered them yet; the state only asks for a redraw.
  const [initial] = useState(() => pathToStrokes(value));
  const strokes = useRef<Point[][]>(initial);
  const [path, setPath] = useState(() => strokesToPath(initial));
  const drawing = useRef<{ pointerId: number } | null>(null);

  function redraw() {
    setPath(strokesToPath(strokes.current));
  }

  function toPad(event: { clientX: number; clientY: number }, svg: SVGSVGElement): Point {
    const box = svg.getBoundingClientRect();
    return {
      x: Math.min(WIDTH, Math.max(0, ((event.clientX - box.left) / box.width) * WIDTH)),
      y: Math.min(HEIGHT, Math.max(0, ((event.clientY - box.top) / box.height) * HEIGHT)),
    };
  }

  function onPointerDown(event: PointerEvent<SVGSVGElement>) {
    if (event.button !== 0 || drawing.current) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = { pointerId: event.pointerId };
    strokes.current.push([toPad(event, event.currentTarget)]);
    redraw();
  }

  function onPointerMove(event: PointerEvent<SVGSVGElement>) {
    if (drawing.current?.pointerId !== event.pointerId) return;
    const svg = event.currentTarget;
    // A pen reports many positions between frames; taking them all keeps curves smooth.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    const added = (events.length > 0 ? events : [event]).map((e) => toPad(e, svg));
    const stroke = strokes.current.at(-1);
    if (!stroke) return;
    for (const point of added) {
      const last = stroke.at(-1);
      if (!last || Math.hypot(point.x - last.x, point.y - last.y) >= MIN_STEP) stroke.push(point);
    }
    redraw();
  }

  function onPointerEnd(event: PointerEvent<SVGSVGElement>) {
    if (drawing.current?.pointerId !== event.pointerId) return;
    drawing.current = null;
    onChange(strokesToPath(strokes.current));
  }

  function clear() {
    drawing.current = null;
    strokes.current = [];
    redraw();
    onChange('');
  }

  const empty = path === '';
  return (
    <div
      className="signature-pad"
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={`${id}-hint`}
    >
      <div className="signature-pad__head">
        <span className="signature-pad__label" id={`${id}-label`}>
          {label}
        </span>
        <ActionButton variant="quiet" onPress={clear} isDisabled={empty}>
          Clear
        </ActionButton>
      </div>
      <p className="signature-pad__hint" id={`${id}-hint`}>
        Draw with a mouse, pen or finger. This pad cannot be used with the keyboard: choose {keyboardChoices}{' '}
        instead.
      </p>
      <svg
        className={
          errorMessage ? 'signature-pad__surface signature-pad__surface--invalid' : 'signature-pad__surface'
        }
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={
          empty ? 'Signature pad (pointer only), empty' : 'Signature pad (pointer only), signature drawn'
        }
        data-testid="signature-pad"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      >
        <line className="signature-pad__line" x1={40} x2={WIDTH - 40} y1={HEIGHT - 44} y2={HEIGHT - 44} />
        <path className="signature-pad__cross" d={`M44 ${HEIGHT - 66}l12 12m0 -12l-12 12`} />
        <path className="signature-pad__ink" d={path} />
      </svg>
      <p className="signature-pad__status" aria-live="polite">
        {errorMessage ? (
          <span className="field__error">{errorMessage}</span>
        ) : empty ? (
          'Nothing drawn yet.'
        ) : (
          'Signature drawn.'
        )}
      </p>
    </div>
  );
}
