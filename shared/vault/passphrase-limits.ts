/** Kept apart from the strength estimator so that importing a limit does not load its dictionaries. */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 1024;
