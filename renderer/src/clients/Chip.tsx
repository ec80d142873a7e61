import { ToggleButton } from 'react-aria-components';
import { Icon } from '../ui/Icon';

/**
 * One choice in a row of chips (inside a ToggleButtonGroup). A chosen chip shows a tick as well as
 * its colour, so the choice does not rest on colour alone; the tick is hidden from screen readers,
 * which hear "pressed" or "selected" instead.
 */
export function Chip({ id, label }: { id: string; label: string }) {
  return (
    <ToggleButton id={id} className="chip">
      {({ isSelected }) => (
        <>
          {isSelected && <Icon name="check" size={14} />}
          {label}
        </>
      )}
    </ToggleButton>
  );
}
