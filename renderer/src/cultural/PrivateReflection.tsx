import { useId, type ReactNode } from 'react';
import { Icon } from '../ui/Icon';

/**
 * The clinician's own cultural-humility reflection, set apart in its own colour and labelled as
 * private: it is about the clinician, not the client, and no summary ever includes it.
 */
export function PrivateReflection({ children }: { children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="private-panel" aria-labelledby={titleId}>
      <header className="private-panel__header">
        <Icon name="lock" size={18} />
        <h3 id={titleId}>Private to you</h3>
      </header>
      <p className="private-panel__note">
        Only you see this. It is left out of every summary you print or send.
      </p>
      {children}
    </section>
  );
}
