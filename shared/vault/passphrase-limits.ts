/** Kept apart from the strength estimator so that importing a limit does not load its dictionaries. */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MAX_PASSPHRASE_LENGTH = 1024;
/** zxcvbn score 0–4; 3 means "safely unguessable" against an offline attack on the key file. */
export const MIN_PASSPHRASE_SCORE = 3;
