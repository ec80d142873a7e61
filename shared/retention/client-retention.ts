import { retainUntil, type RetentionRule } from '../clients/retention';
import type { ClientRetention } from './retention-contract';

export interface RetentionFacts {
  id: string;
  status: string;
  dateOfBirth: string;
  /** When the record was opened (ISO instant), for a client who never had a service. */
  createdAt: string;
  /** The day of the last service; '' when there was never one. */
  lastService: string;
}

/**
 * The date worked out afresh each time from the last service, so a client who returns and is seen
 * again, or a rule changed in Settings, moves it without anything stored going stale.
 */
export function retentionOf(facts: RetentionFacts, rule: RetentionRule, today: string): ClientRetention {
  const from = facts.lastService || facts.createdAt.slice(0, 10);
  const worked = retainUntil(rule, from, facts.dateOfBirth || undefined);
  return {
    clientId: facts.id,
    retainUntil: worked.retainUntil,
    basis: worked.basis,
    from,
    fromKind: facts.lastService ? 'last-service' : 'record-opened',
    dateOfBirth: facts.dateOfBirth,
    rule,
    due: worked.retainUntil <= today,
    closed: facts.status === 'discharged' || facts.status === 'archived',
  };
}
