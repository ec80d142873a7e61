import { useId, type ReactNode } from 'react';
import { Wordmark } from './Wordmark';
import './centred-card.css';

interface CentredCardProps {
  title: string;
  /** One or two sentences under the title saying what this screen is for. */
  intro?: ReactNode;
  children: ReactNode;
  width?: 'normal' | 'wide';
}

/** The layout of every screen shown before the vault is open: the name, then one calm card. */
export function CentredCard({ title, intro, children, width = 'normal' }: CentredCardProps) {
  const headingId = useId();
  return (
    <main className="centred-page">
      <Wordmark />
      <section className={`centred-card centred-card--${width}`} aria-labelledby={headingId}>
        <header className="centred-card__header">
          <h1 id={headingId}>{title}</h1>
          {intro && <div className="centred-card__intro">{intro}</div>}
        </header>
        {children}
      </section>
    </main>
  );
}
