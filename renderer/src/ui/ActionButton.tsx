import type { ReactNode } from 'react';
import { Button, type ButtonProps } from 'react-aria-components';
import { Icon, type IconName } from './Icon';
import { Spinner } from './Spinner';
import './button.css';

interface ActionButtonProps extends Omit<ButtonProps, 'children' | 'className'> {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  icon?: IconName;
  /** What the button says while its work runs, e.g. "Unlocking…". */
  pendingLabel?: string;
  children: ReactNode;
}

/** The app's one button: a spinner and a progress label while pending, so slow work never looks stuck. */
export function ActionButton({
  variant = 'secondary',
  icon,
  pendingLabel,
  children,
  ...rest
}: ActionButtonProps) {
  return (
    <Button {...rest} className={`button button--${variant}`}>
      {rest.isPending ? (
        <>
          <Spinner />
          <span>{pendingLabel ?? children}</span>
        </>
      ) : (
        <>
          {icon && <Icon name={icon} size={18} />}
          <span>{children}</span>
        </>
      )}
    </Button>
  );
}
