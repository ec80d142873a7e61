/** "3 of 8", with a bar for the eye; the words alone are read out. */
export function StepProgress({ current, total }: { current: number; total: number }) {
  return (
    <div className="client-progress">
      <p className="client-progress__words">
        {current} of {total}
      </p>
      <div className="client-progress__bar" aria-hidden="true">
        <div className="client-progress__done" style={{ width: `${(100 * current) / total}%` }} />
      </div>
    </div>
  );
}
