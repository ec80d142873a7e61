import { applySlidingScale, formatMoney } from '../billing/money';
import type { Intake } from '../clients/intake-schema';
import { formatDate } from '../dates/format-date';
import type { Practice } from '../practice/practice-contract';
import { signerName } from '../practice/signer-name';
import type { Placeholder } from './consent-placeholders';

type Values = Partial<Record<Placeholder, string>>;

export interface PracticeFacts {
  practice: Practice;
  currency: string;
  services: readonly { id: string; priceMinor: number; active: boolean }[];
}

/** The practice's own fields and its standard fee: known without any client (the blank packet uses these). */
export function practiceValues({ practice, currency, services }: PracticeFacts): Values {
  const standard = services.find((s) => s.active);
  return {
    'practice.name': practice.practiceName || practice.clinicianName,
    'clinician.name': signerName(practice),
    'practice.phone': practice.phone,
    'practice.address': practice.address,
    'fee.standard': standard ? formatMoney(standard.priceMinor, currency) : '',
  };
}

export interface ClientFacts {
  identity: Pick<Intake['identity'], 'chosenName' | 'legalName' | 'dateOfBirth'>;
  fee: { serviceId: string | null; priceMinor: number | null; slidingScalePercent: number };
}

/** Every field of a document for one client, signed on `day`. */
export function recordValues(
  facts: PracticeFacts,
  client: ClientFacts,
  day: string,
  release: { recipient: string; expiresOn: string },
): Values {
  const shared = practiceValues(facts);
  const fee = clientFeeMinor(facts, client.fee);
  const { identity } = client;
  return {
    ...shared,
    'client.name': identity.chosenName,
    'client.legalName': identity.legalName || identity.chosenName,
    'client.dateOfBirth': identity.dateOfBirth ? formatDate(identity.dateOfBirth) : '',
    today: formatDate(day),
    'fee.client': fee === null ? (shared['fee.standard'] ?? '') : formatMoney(fee, facts.currency),
    'release.recipient': release.recipient,
    'release.expiresOn': release.expiresOn ? formatDate(release.expiresOn) : '',
  };
}

/** The client's own price, or their service's, less any sliding scale; null when neither is set. */
function clientFeeMinor(facts: PracticeFacts, fee: ClientFacts['fee']): number | null {
  const service = facts.services.find((s) => s.id === fee.serviceId);
  const price = fee.priceMinor ?? service?.priceMinor ?? null;
  if (price === null) return null;
  return applySlidingScale(price, fee.slidingScalePercent);
}
