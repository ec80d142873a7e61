import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './alert.css';

const ICONS: Record<AlertProps['tone'], IconName> = {
  error: 'alert',
  warning: 'alert',
  success: 'check',
  info: 'info',
};

interface AlertProps {
  tone: 'error' | 'warning' | 'success' | 'info';
  children: ReactNode;
}

/**
 * A message about what just happened. Errors and successes are announced at once; info is not,
 * since it is part of the page rather than news.
 */
export function Alert({ tone, children }: AlertProps) {
  const role = tone === 'error' ? 'alert' : tone === 'success' ? 'status' : undefined;
  return (
    <div className={`alert alert--${tone}`} role={role}>
      <Icon name={ICONS[tone]} />
      <div className="alert__body">{children}</div>
    </div>
  );
}
