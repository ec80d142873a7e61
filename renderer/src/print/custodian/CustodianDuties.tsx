import type { RetentionRule } from '../../../../shared/clients/retention';

/** What the custodian owes the clients, in plain words, with the retention rule the clinician set. */
export function CustodianDuties({ who, retention }: { who: string; retention: RetentionRule }) {
  return (
    <section>
      <h2>What to do for the clients</h2>
      <ul className="custodian-package__duties">
        <li>
          Tell the current clients, soon and kindly, that {who} can no longer see them, and help each find
          another clinician. Tell former clients where their records now are.
        </li>
        <li>
          Keep the records safe and confidential for as long as they must be kept. The rule set in Rapport: an
          adult’s record is kept {retention.adultYears} years after the last service; a record of someone seen
          as a minor is kept at least until {retention.minorYearsAfterMajority} years after they turn{' '}
          {retention.ageOfMajority}, whichever date is later.
        </li>
        <li>
          Answer requests for records: give clients (or those the law lets act for them) copies of their own
          records, and send records to others only with the client’s written consent or where the law requires
          it.
        </li>
        <li>
          When a record’s retention date has passed, destroy it securely, and keep a note of what was
          destroyed and when.
        </li>
        <li>
          Follow the law and professional rules where {who} practised: they come before these plain-words
          notes.
        </li>
      </ul>
    </section>
  );
}
