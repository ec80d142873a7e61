import type { ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import './fold.css';

/**
 * A part of a long form that can be folded to its title and a one-line account of what is in it,
 * so a page of many parts is never a wall of empty boxes.
 */
export function Fold({
  title,
  summary,
  description,
  level = 3,
  defaultExpanded = false,
  className,
  children,
}: {
  title: ReactNode;
  /** What is filled in or chosen, shown beside the title whether folded or not. */
  summary?: ReactNode;
  /** A line under the title while folded (the question the part asks); the open part says it itself. */
  description?: ReactNode;
  level?: 2 | 3 | 4;
  defaultExpanded?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Disclosure className={className ? `fold ${className}` : 'fold'} defaultExpanded={defaultExpanded}>
      <Heading level={level} className="fold__heading">
        <Button slot="trigger" className="fold__trigger">
          <span className="fold__title">{title}</span>
          {summary && <span className="fold__summary">{summary}</span>}
        </Button>
      </Heading>
      {description && <p className="fold__description">{description}</p>}
      <DisclosurePanel className="fold__panel">{children}</DisclosurePanel>
    </Disclosure>
  );
}
