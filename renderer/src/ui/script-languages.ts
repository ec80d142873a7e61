import { createContext } from 'react';
import { NO_SCRIPT_LANGUAGES, type ScriptLanguages } from '../../../shared/text/text-language';

/**
 * The languages the client on screen (or in the document) has recorded, as far as they decide how
 * their words look (shared/text/text-language.ts). Set where one client's words are shown: the
 * client's page, a summary, a superbill. UserText reads it.
 */
export const ScriptLanguagesContext = createContext<ScriptLanguages>(NO_SCRIPT_LANGUAGES);
