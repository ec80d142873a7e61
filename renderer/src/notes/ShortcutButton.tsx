import { useId, type ComponentProps } from 'react';
import { shortcutLabel } from '../ui/shortcut-label';
import { ActionButton } from '../ui/ActionButton';

type ShortcutButtonProps = ComponentProps<typeof ActionButton> & {
  /** The key pressed with Ctrl (⌘ on a Mac): "N", "S", "Enter". */
  shortcut: string;
};

/**
 * A button that shows its keyboard shortcut beside its label. The shortcut is the button's
 * description for assistive technology (react-aria drops aria-keyshortcuts), not part of its name.
 */
export function ShortcutButton({ shortcut, children, variant, ...rest }: ShortcutButtonProps) {
  const id = useId();
  return (
    <ActionButton {...rest} variant={variant} aria-describedby={id}>
      {children}{' '}
      <kbd id={id} className={variant === 'primary' ? 'kbd kbd--on-accent' : 'kbd'} aria-hidden="true">
        {shortcutLabel(shortcut)}
      </kbd>
    </ActionButton>
  );
}
