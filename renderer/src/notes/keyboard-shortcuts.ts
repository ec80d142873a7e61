/** Every keyboard shortcut Rapport has (each is Ctrl+key, ⌘key on a Mac), as the shortcut list shows them. */
export const KEYBOARD_SHORTCUTS = [
  { key: 'N', action: 'Start a new note', where: 'On a client’s notes' },
  { key: 'S', action: 'Save now (notes also save themselves as you type)', where: 'In a note' },
  { key: 'Enter', action: 'Sign the note', where: 'In a draft note' },
  { key: 'F', action: 'Search all notes', where: 'Anywhere' },
  { key: 'L', action: 'Lock Rapport', where: 'Anywhere' },
] as const;
