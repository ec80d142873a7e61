import type { Migration } from './migration';

/**
 * A client's statement of disagreement often arrives weeks after the denial letter that told them
 * of the right to send one, and the clinician's rebuttal after that. A decided request stays frozen
 * except for those two additions, each made once: the statement (HIPAA 45 CFR 164.526(d)(2) speaks
 * of one written statement disagreeing with the denial and its basis; a further objection is a new
 * request) dated no earlier than the denial, and then the rebuttal, which answers a statement
 * already kept, dated no earlier than it. The rebuttal gains the date the statement always had;
 * one given at the denial is dated with the denial. A comparison with a missing date is unknown
 * (NULL) in SQL, so the allowance is coalesced to false: an undated addition is refused.
 */
export const migration025: Migration = {
  version: 25,
  name: 'late statement of disagreement',
  sql: `
    ALTER TABLE amendment_requests ADD COLUMN rebuttal_on TEXT;

    DROP TRIGGER amendment_requests_decided_frozen;
    UPDATE amendment_requests SET rebuttal_on = decided_on
      WHERE decision = 'denied' AND length(trim(rebuttal)) > 0;

    CREATE TRIGGER amendment_requests_decided_frozen BEFORE UPDATE ON amendment_requests
    WHEN OLD.decision IS NOT NULL AND NOT coalesce((
      OLD.decision = 'denied'
      AND NEW.id IS OLD.id AND NEW.client_id IS OLD.client_id AND NEW.received_on IS OLD.received_on
      AND NEW.record_part IS OLD.record_part AND NEW.requested_change IS OLD.requested_change
      AND NEW.reason IS OLD.reason AND NEW.extended_on IS OLD.extended_on
      AND NEW.extension_reason IS OLD.extension_reason AND NEW.client_told_on IS OLD.client_told_on
      AND NEW.decision IS OLD.decision AND NEW.decided_on IS OLD.decided_on
      AND NEW.denial_reason IS OLD.denial_reason AND NEW.created_at IS OLD.created_at
      AND (
        (length(trim(OLD.disagreement)) = 0 AND OLD.disagreement_on IS NULL
          AND length(trim(NEW.disagreement)) > 0 AND NEW.disagreement_on >= OLD.decided_on
          AND NEW.rebuttal IS OLD.rebuttal AND NEW.rebuttal_on IS OLD.rebuttal_on)
        OR
        (length(trim(OLD.rebuttal)) = 0 AND OLD.rebuttal_on IS NULL
          AND length(trim(OLD.disagreement)) > 0
          AND length(trim(NEW.rebuttal)) > 0 AND NEW.rebuttal_on >= OLD.disagreement_on
          AND NEW.disagreement IS OLD.disagreement AND NEW.disagreement_on IS OLD.disagreement_on)
      )
    ), 0)
    BEGIN
      SELECT RAISE(ABORT, 'a decided amendment request cannot be changed');
    END;
  `,
};
