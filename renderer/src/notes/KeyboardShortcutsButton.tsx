import { useState } from 'react';
import { Button } from 'react-aria-components';
import { ActionButton } from '../ui/ActionButton';
import { ModalDialog } from '../ui/ModalDialog';
import { shortcutLabel } from '../ui/shortcut-label';
import { KEYBOARD_SHORTCUTS } from './keyboard-shortcuts';
import './keyboard-shortcuts.css';

/** A quiet "Keyboard shortcuts" link that opens the list of every shortcut. */
export function KeyboardShortcutsButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="shortcuts-link" onPress={() => setOpen(true)}>
        Keyboard shortcuts
      </Button>
      <ModalDialog title="Keyboard shortcuts" isOpen={open} onClose={() => setOpen(false)}>
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What it does</th>
              <th scope="col">Where</th>
            </tr>
          </thead>
          <tbody>
            {KEYBOARD_SHORTCUTS.map((s) => (
              <tr key={s.key}>
                <td>
                  <kbd className="kbd">{shortcutLabel(s.key)}</kbd>
                </td>
                <td>{s.action}</td>
                <td className="muted">{s.where}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <ActionButton variant="primary" onPress={() => setOpen(false)} autoFocus>
            Close
          </ActionButton>
        </div>
      </ModalDialog>
    </>
  );
}
