import { createContext } from 'react';

/**
 * True inside the print page, whose accessibility tree Chromium turns into the PDF's tags. A
 * component shared with the screens reads it where a role that serves a screen reader well tags
 * the PDF badly.
 */
export const OnPaperContext = createContext(false);
