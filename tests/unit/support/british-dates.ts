import { setAppLocale } from '../../../shared/dates/app-locale';

/*
 * The unit tests run in one known locale, whatever the machine's, since their expectations are
 * written as British dates ("1 June 2026"), like the end-to-end harness's default. The command line
 * they run in process follows it too. format-date-locales.test.ts covers other locales.
 */
setAppLocale('en-GB');
