import { Settings } from 'luxon';

/*
 * The one locale every date and time is written in: the app's screens, its date and time fields,
 * and the PDFs it prints. It is the system's: the Electron shell reads the OS's regional setting
 * and the core hands it to the UI and to the printed documents; the command line and the tests
 * take their process's. Until it is set, the runtime's own default is used.
 */
let chosen: string | null = null;

function runtimeDefault(): string {
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

/** A BCP 47 tag Intl understands, canonical ("en-gb" → "en-GB"); the runtime's default for anything else. */
export function supportedLocale(tag: string | null | undefined): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag ?? []);
    if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
    // An ill-formed tag (from an OS setting such as "C" or "POSIX"): fall back below.
  }
  return runtimeDefault();
}

export function appLocale(): string {
  return chosen ?? runtimeDefault();
}

export function setAppLocale(tag: string): void {
  chosen = supportedLocale(tag);
  Settings.defaultLocale = chosen;
}

/**
 * Runs `work` (synchronous) with dates written in `locale`, then puts the previous one back: for a
 * process that prints documents for more than one reader, such as the tests' harness.
 */
export function inLocale<T>(locale: string, work: () => T): T {
  const before = chosen;
  const luxonBefore = Settings.defaultLocale;
  setAppLocale(locale);
  try {
    return work();
  } finally {
    chosen = before;
    Settings.defaultLocale = luxonBefore;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An Intl.DateTimeFormat in the app's locale, made once per locale and options. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = appLocale();
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
