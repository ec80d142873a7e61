import type { ReactNode } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import './collapsible-panel.css';

interface CollapsiblePanelProps {
  title: string;
  /** A few words shown beside the title even when the panel is closed ("9 of 22 answered"). */
  summary?: string;
  defaultExpanded?: boolean;
  children: ReactNode;
}

/** One of the panels beside the note: a heading that opens and closes it, with what it holds at a glance. */
export function CollapsiblePanel({
  title,
  summary,
  defaultExpanded = true,
  children,
}: CollapsiblePanelProps) {
  return (
    <Disclosure className="collapsible-panel" defaultExpanded={defaultExpanded}>
      <Heading level={3} className="collapsible-panel__heading">
        <Button slot="trigger" className="collapsible-panel__trigger">
          <svg
            className="collapsible-panel__chevron"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
          >
            <path
              d="M6 3.5 10.5 8 6 12.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.75"
              strokeLinecap="round"
            />
          </svg>
          <span className="collapsible-panel__title">{title}</span>
          {summary && <span className="collapsible-panel__summary">{summary}</span>}
        </Button>
      </Heading>
      <DisclosurePanel className="collapsible-panel__body">{children}</DisclosurePanel>
    </Disclosure>
  );
}
