import type { ReactNode } from 'react';

/** One section of the summary, with its heading; a section that starts a new topic. */
export function SummarySection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="summary__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** In the preview only: where a section would be, a plain statement that it is left out. */
export function LeftOutSection({ title }: { title: string }) {
  return (
    <section className="summary__left-out" aria-label={`${title}: left out`}>
      <span className="summary__left-out-title">{title}</span>
      <span>Left out of this summary</span>
    </section>
  );
}
