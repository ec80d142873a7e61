import { z } from 'zod';
import { addDays } from '../dates/practice-time';
import { CONSENT_KINDS, isRelease, type ConsentKind } from './consent-kinds';

/** A release ending within this many days is shown as ending soon. */
export const EXPIRING_WITHIN_DAYS = 30;

export const consentStatusItem = z.object({
  kind: z.enum(CONSENT_KINDS),
  state: z.enum(['signed', 'missing', 'expiring', 'expired']),
  /** The signed document this line is about; null when missing. */
  documentId: z.string().nullable(),
  signedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  recipient: z.string(),
  /** Signed under an older version than the template's newest. */
  outdated: z.boolean(),
});
export type ConsentStatusItem = z.output<typeof consentStatusItem>;

interface Signed {
  id: string;
  kind: ConsentKind;
  templateNumber: number;
  signedOn: string;
  expiresOn: string | null;
  recipient: string;
}

/**
 * What a client has signed and what is missing or ending, on `today`: each kind with a template
 * written is expected once (its newest signature counts); each release stands on its own, from
 * the newest, and is ending soon within EXPIRING_WITHIN_DAYS of its end and expired after it.
 */
export function consentStatus(
  latestNumbers: ReadonlyMap<ConsentKind, number>,
  signed: readonly Signed[],
  today: string,
): ConsentStatusItem[] {
  const newestFirst = [...signed].sort((a, b) => b.signedOn.localeCompare(a.signedOn));
  const items: ConsentStatusItem[] = [];
  for (const kind of CONSENT_KINDS) {
    const newest = latestNumbers.get(kind);
    if (isRelease(kind)) {
      for (const release of newestFirst.filter((d) => d.kind === kind)) {
        const ends = release.expiresOn ?? today;
        const state =
          ends < today ? 'expired' : ends <= addDays(today, EXPIRING_WITHIN_DAYS) ? 'expiring' : 'signed';
        items.push(item(release, state, newest));
      }
      continue;
    }
    const document = newestFirst.find((d) => d.kind === kind);
    if (document) items.push(item(document, 'signed', newest));
    else if (newest !== undefined) {
      items.push({
        kind,
        state: 'missing',
        documentId: null,
        signedOn: null,
        expiresOn: null,
        recipient: '',
        outdated: false,
      });
    }
  }
  return items;
}

function item(
  document: Signed,
  state: ConsentStatusItem['state'],
  newest: number | undefined,
): ConsentStatusItem {
  return {
    kind: document.kind,
    state,
    documentId: document.id,
    signedOn: document.signedOn,
    expiresOn: document.expiresOn,
    recipient: document.recipient,
    outdated: newest !== undefined && document.templateNumber < newest,
  };
}
