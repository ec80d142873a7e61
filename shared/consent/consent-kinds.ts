/** The documents a client signs, each written once by the clinician as a template. */
export const CONSENT_KINDS = [
  'informed-consent',
  'policies-fees',
  'telehealth',
  'privacy-notice',
  'release-of-information',
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_KIND_LABELS: Record<ConsentKind, string> = {
  'informed-consent': 'Informed consent to treatment',
  'policies-fees': 'Practice policies and fees',
  telehealth: 'Telehealth consent',
  'privacy-notice': 'Privacy notice acknowledgement',
  'release-of-information': 'Release of information',
};

/**
 * A release names one recipient and lasts until a date, so a client may sign several and none is
 * "missing"; every other kind is expected once its template is written.
 */
export function isRelease(kind: ConsentKind): boolean {
  return kind === 'release-of-information';
}

/** The signature methods of a consent: drawn or typed on the laptop, or signed on paper and scanned. */
export const CONSENT_SIGN_METHODS = ['drawn', 'typed', 'paper'] as const;
export type ConsentSignMethod = (typeof CONSENT_SIGN_METHODS)[number];

export const CONSENT_METHOD_LABELS: Record<ConsentSignMethod, string> = {
  drawn: 'Signed by drawing on screen',
  typed: 'Signed by typing their name',
  paper: 'Signed on paper (scan attached)',
};

/** What a scan of a paper signature may be: a PDF or a photo, stored whole in the vault. */
export const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
export const MAX_SCAN_BYTES = 8 * 1024 * 1024;
