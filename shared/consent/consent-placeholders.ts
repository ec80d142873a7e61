/*
 * The placeholder syntax of document templates: a field name between double braces, such as
 * {{client.name}}. Only the names below exist; a template naming any other is refused when saved,
 * so a typo never reaches a client as raw braces.
 */
export const PLACEHOLDERS = {
  'client.name': 'The client’s chosen name',
  'client.legalName': 'The client’s legal name (the chosen name when none is recorded)',
  'client.dateOfBirth': 'The client’s date of birth',
  today: 'The day the document is signed',
  'practice.name': 'The practice name (the clinician’s name when none is set)',
  'clinician.name': 'The clinician’s name and credentials',
  'practice.phone': 'The practice phone number',
  'practice.address': 'The practice address',
  'fee.standard': 'The price of the first active service in Settings → Fees',
  'fee.client': 'The fee agreed with this client (the standard fee when none is set)',
  'release.recipient': 'Who a release of information is to (filled in when it is used)',
  'release.expiresOn': 'When a release of information ends (filled in when it is used)',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** Why a template's text cannot be saved, or null when every placeholder is known. */
export function placeholderProblem(body: string): string | null {
  const unknown = [...body.matchAll(PLACEHOLDER_PATTERN)]
    .map((m) => m[1]!)
    .filter((name) => !isPlaceholder(name));
  if (unknown.length > 0) {
    const names = [...new Set(unknown)].map((name) => `{{${name}}}`).join(', ');
    return `Rapport does not know ${names}. Use one of the fields listed under the text, spelled as shown.`;
  }
  const rest = body.replace(PLACEHOLDER_PATTERN, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    return 'A field is not closed: write each as {{name}}, with two braces on each side.';
  }
  return null;
}

/**
 * The template's text with each placeholder replaced by its value; a value not given (on the blank
 * paper packet, the client's own details) becomes a line to write on.
 */
export function fillPlaceholders(
  body: string,
  values: Partial<Record<Placeholder, string>>,
  blank = '______________________',
): string {
  return body.replace(PLACEHOLDER_PATTERN, (_whole, name: string) =>
    isPlaceholder(name) && values[name] ? values[name] : blank,
  );
}
