import type { Migration } from './migration';

/**
 * Consent and agreements signed by the client. The clinician's templates are versioned: editing one
 * adds the next version and no version ever changes, so a signed document can always name the
 * exact words it was signed under. A signed document keeps the text as it was shown (placeholders
 * filled), how and when it was signed, and for a paper signature the scan; once written the
 * database refuses to change or remove it. A waiver records why an intake was completed without a
 * signed informed consent.
 */
export const migration019: Migration = {
  version: 19,
  name: 'consent documents',
  sql: `
    CREATE TABLE consent_template_versions (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('informed-consent', 'policies-fees', 'telehealth',
        'privacy-notice', 'release-of-information')),
      number INTEGER NOT NULL CHECK (number >= 1),
      title TEXT NOT NULL CHECK (length(trim(title)) > 0),
      body TEXT NOT NULL CHECK (length(trim(body)) > 0),
      created_at TEXT NOT NULL,
      UNIQUE (kind, number)
    ) STRICT;

    CREATE TRIGGER consent_template_versions_no_update BEFORE UPDATE ON consent_template_versions
    BEGIN
      SELECT RAISE(ABORT, 'a document template version cannot be changed');
    END;
    CREATE TRIGGER consent_template_versions_no_delete BEFORE DELETE ON consent_template_versions
    BEGIN
      SELECT RAISE(ABORT, 'a document template version cannot be changed');
    END;

    CREATE TABLE consent_documents (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients (id),
      template_id TEXT NOT NULL REFERENCES consent_template_versions (id),
      kind TEXT NOT NULL,
      template_number INTEGER NOT NULL,
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      recipient TEXT NOT NULL DEFAULT '',
      expires_on TEXT,
      signed_on TEXT NOT NULL,
      method TEXT NOT NULL CHECK (method IN ('typed', 'drawn', 'paper')),
      signer_name TEXT NOT NULL CHECK (length(trim(signer_name)) > 0),
      signature TEXT NOT NULL DEFAULT '',
      scan_type TEXT CHECK (scan_type IN ('application/pdf', 'image/png', 'image/jpeg')),
      scan TEXT,
      recorded_at TEXT NOT NULL,
      CHECK ((method = 'drawn') = (signature <> '')),
      CHECK ((method = 'paper') = (scan IS NOT NULL)),
      CHECK ((scan IS NULL) = (scan_type IS NULL))
    ) STRICT;
    CREATE INDEX consent_documents_by_client ON consent_documents (client_id, signed_on);

    CREATE TRIGGER consent_documents_signed_frozen BEFORE UPDATE ON consent_documents
    BEGIN
      SELECT RAISE(ABORT, 'a signed document cannot be changed');
    END;
    CREATE TRIGGER consent_documents_signed_kept BEFORE DELETE ON consent_documents
    BEGIN
      SELECT RAISE(ABORT, 'a signed document cannot be changed');
    END;

    CREATE TABLE consent_waivers (
      client_id TEXT PRIMARY KEY REFERENCES clients (id),
      reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
      recorded_at TEXT NOT NULL
    ) STRICT;
  `,
};
