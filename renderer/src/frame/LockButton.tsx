import { Button, OverlayArrow, Tooltip, TooltipTrigger } from 'react-aria-components';
import { useSettings } from '../settings/settings-queries';
import { Icon } from '../ui/Icon';
import { Spinner } from '../ui/Spinner';
import { useLockVault } from '../vault/vault-queries';
import { LockCountdown } from './LockCountdown';
import { ariaShortcut, shortcutLabel } from '../ui/shortcut-label';
import { useLockShortcut } from './use-lock-shortcut';
import './lock-button.css';

/** Always at the foot of the sidebar: locks now, and on hover or focus says when it will lock by itself. */
export function LockButton({ lastActivityAt }: { lastActivityAt: () => number }) {
  const lock = useLockVault();
  const settings = useSettings();
  const lockNow = () => {
    if (!lock.isPending) lock.mutate();
  };
  useLockShortcut(lockNow);

  return (
    <div className="lock">
      <TooltipTrigger delay={400} closeDelay={150}>
        <Button
          className="lock__button"
          onPress={lockNow}
          isPending={lock.isPending}
          aria-keyshortcuts={ariaShortcut('L')}
        >
          {lock.isPending ? <Spinner /> : <Icon name="lock" />}
          <span>{lock.isPending ? 'Locking…' : 'Lock'}</span>
          <kbd className="lock__shortcut" aria-hidden="true">
            {shortcutLabel('L')}
          </kbd>
        </Button>
        <Tooltip className="tooltip" placement="top" offset={10}>
          <OverlayArrow className="tooltip__arrow">
            <svg width={12} height={12} viewBox="0 0 12 12">
              <path d="M0 0 L6 6 L12 0" />
            </svg>
          </OverlayArrow>
          <span className="tooltip__title">Lock now ({shortcutLabel('L')})</span>
          {settings.data && (
            <LockCountdown autoLockMinutes={settings.data.autoLockMinutes} lastActivityAt={lastActivityAt} />
          )}
        </Tooltip>
      </TooltipTrigger>
      {lock.isError && (
        <p className="lock__error" role="alert">
          Could not lock: {lock.error.message}
        </p>
      )}
    </div>
  );
}
