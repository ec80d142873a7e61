import { useId, type ReactNode } from 'react';
import './overview-card.css';

interface OverviewCardProps {
  title: string;
  /** A control at the card's top right, e.g. "Continue intake". */
  action?: ReactNode;
  /** 'wide' spans both columns of the overview. */
  span?: 'normal' | 'wide';
  children: ReactNode;
}

/** The frame of one card on a client's overview, so cards from every feature look like one page. */
export function OverviewCard({ title, action, span = 'normal', children }: OverviewCardProps) {
  const headingId = useId();
  return (
    <section className={`overview-card overview-card--${span}`} aria-labelledby={headingId}>
      <header className="overview-card__header">
        <h2 id={headingId}>{title}</h2>
        {action}
      </header>
      <div className="overview-card__body">{children}</div>
    </section>
  );
}
