/**
 * Sent with every page the app serves. Scripts only from the app itself and never from strings
 * (no 'unsafe-eval'); inline styles are allowed because the component library sets style
 * attributes. Nothing may be fetched from, framed by, or submitted to anywhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
