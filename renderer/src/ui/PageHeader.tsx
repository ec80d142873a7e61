import { useEffect, useRef, type ReactNode } from 'react';
import './page-header.css';

/**
 * The title of a page in the frame. It takes focus when the page opens, so keyboard and screen
 * reader users land at the top of what they just opened rather than on the sidebar.
 */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <header className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="page-header__lead">{children}</div>}
    </header>
  );
}
