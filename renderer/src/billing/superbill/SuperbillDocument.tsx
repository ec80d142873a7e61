import { PAYMENT_METHOD_LABELS } from '../../../../shared/billing/billing-contract';
import { formatMoney } from '../../../../shared/billing/money';
import type { Insurance } from '../../../../shared/billing/insurance-contract';
import { PLACES_OF_SERVICE, type SuperbillDocumentData } from '../../../../shared/billing/superbill-contract';
import { formatDate, formatShortDate } from '../../../../shared/dates/format-date';
import { Letterhead } from '../../pdf-export/Letterhead';
import { UserText } from '../../ui/UserText';
import '../../theme/fonts';
import './superbill-document.css';

const PLACE_LABELS = {
  [PLACES_OF_SERVICE.office]: 'Office',
  [PLACES_OF_SERVICE.telehealth]: 'Telehealth',
} as const;

/** Party details as label and value rows; a row with nothing recorded is left out. */
function Facts({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className="superbill__facts">
      {rows
        .filter(([, value]) => value.trim())
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <UserText text={value} />
            </dd>
          </div>
        ))}
    </dl>
  );
}

/** The client's relationship to the policy holder, as a claim form's "patient relationship to insured". */
const CLIENT_IS = {
  spouse: 'the client is their spouse or partner',
  child: 'the client is their child',
  other: 'other relationship to the client',
} as const;

/** The policy holder when it is not the client: "Sam Doe, born 29 Feb 1980 · the client is their child". */
function policyHolder(insurance: Insurance): string {
  if (insurance.relationship === 'self') return '';
  const born = insurance.subscriberDateOfBirth
    ? `, born ${formatShortDate(insurance.subscriberDateOfBirth)}`
    : '';
  return `${insurance.subscriberName || 'Name not recorded'}${born} · ${CLIENT_IS[insurance.relationship]}`;
}

/** Diagnoses are lettered as on a claim form (A, B, C …) so a service line can point to one. */
function diagnosisLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * A superbill: what an insurer needs to reimburse a client for sessions with a provider outside
 * its network. One component for the dialog's preview and for both printers, so the PDF is what
 * the clinician looked at. Amounts arrive in minor units and are formatted only here.
 */
export function SuperbillDocument({ data }: { data: SuperbillDocumentData }) {
  const { practice, client, totals } = data;
  // 'en' writes US dollars as "$120.00" and other currencies with their own sign ("CA$", "€").
  const money = (minor: number) => formatMoney(minor, data.currency, 'en');
  const provider = [practice.clinicianName, practice.credentials].filter(Boolean).join(', ');
  const licence = [
    practice.licenceNumber,
    practice.licenceJurisdiction ? `(${practice.licenceJurisdiction})` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <article className="superbill" lang="en">
      <Letterhead practice={practice} licence={false} whenEmpty="rule" />
      <div className="superbill__title-block">
        <div>
          <h1>Superbill{data.draft && <span className="superbill__draft"> · DRAFT</span>}</h1>
          <p className="superbill__subtitle">Statement of services for insurance reimbursement</p>
        </div>
        <dl className="superbill__dates">
          <div>
            <dt>Issued</dt>
            <dd>{formatDate(data.issuedOn)}</dd>
          </div>
          <div>
            <dt>Services from</dt>
            <dd>
              {formatDate(data.period.from)} to {formatDate(data.period.to)}
            </dd>
          </div>
        </dl>
      </div>

      <div className="superbill__parties">
        <section className="superbill__party">
          <h2>Provider</h2>
          <Facts
            rows={[
              ['Name', provider],
              ['Licence', licence],
              ['NPI', practice.npi],
              ['Tax ID', practice.taxId],
            ]}
          />
        </section>
        <section className="superbill__party">
          <h2>Client</h2>
          <Facts
            rows={[
              ['Name', client.name],
              ['Date of birth', client.dateOfBirth ? formatDate(client.dateOfBirth) : ''],
              ['Address', client.address],
              ['Phone', client.phone],
              ['Email', client.email],
            ]}
          />
        </section>
        {client.insurance && (
          <section className="superbill__party superbill__insurance">
            <h2>Insurance</h2>
            <Facts
              rows={[
                ['Insurer', client.insurance.payer],
                ['Member ID', client.insurance.memberId],
                ['Group number', client.insurance.groupNumber],
                ['Policy holder', policyHolder(client.insurance)],
              ]}
            />
          </section>
        )}
      </div>

      <section>
        <h2>Diagnosis codes (ICD-10)</h2>
        {data.diagnoses.length === 0 ? (
          <p className="superbill__empty">None recorded.</p>
        ) : (
          <ol className="superbill__diagnoses">
            {data.diagnoses.map((d, i) => (
              <li key={`${d.code}-${i}`}>
                <span className="superbill__pointer">{diagnosisLetter(i)}</span>
                <span className="superbill__code">{d.code}</span>
                <UserText inline text={d.description} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section>
        <h2>Services</h2>
        <table className="superbill__table superbill__services">
          <thead>
            <tr>
              <th scope="col">Date of service</th>
              <th scope="col">Place of service</th>
              <th scope="col">CPT code</th>
              <th scope="col">Modifier</th>
              <th scope="col">Diagnosis</th>
              <th scope="col">Description</th>
              <th scope="col" className="superbill__number">
                Units
              </th>
              <th scope="col" className="superbill__number">
                Fee
              </th>
              <th scope="col" className="superbill__number">
                Paid
              </th>
            </tr>
          </thead>
          <tbody>
            {data.services.map((s, i) => (
              <tr key={`${s.date}-${i}`}>
                <td className="superbill__nowrap">{formatShortDate(s.date)}</td>
                <td className="superbill__nowrap">
                  {s.placeOfService} · {PLACE_LABELS[s.placeOfService]}
                </td>
                <td className="superbill__code">{s.code || '—'}</td>
                <td className="superbill__code">{s.modifier}</td>
                <td className="superbill__code">{s.diagnosisPointer}</td>
                <td>
                  <UserText text={s.description} />
                </td>
                <td className="superbill__number">{s.units}</td>
                <td className="superbill__number">{s.feeMinor === null ? '—' : money(s.feeMinor)}</td>
                <td className="superbill__number">{money(s.paidMinor)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={7}>
                Total charged for {data.services.length} {data.services.length === 1 ? 'session' : 'sessions'}
              </th>
              <td className="superbill__number">{money(totals.chargedMinor)}</td>
              <td className="superbill__number">{money(totals.paidMinor)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <div className="superbill__settlement">
        <section className="superbill__received">
          <h2>Paid by the client towards these services</h2>
          {data.payments.length === 0 ? (
            <p className="superbill__empty">Nothing paid towards these services yet.</p>
          ) : (
            <table className="superbill__table superbill__payments">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Method</th>
                  <th scope="col" className="superbill__number">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.payments.map((p, i) => (
                  <tr key={`${p.date}-${i}`}>
                    <td className="superbill__nowrap">{formatShortDate(p.date)}</td>
                    <td>{PAYMENT_METHOD_LABELS[p.method]}</td>
                    <td className="superbill__number">
                      {money(p.appliedMinor)}
                      {p.appliedMinor < p.amountMinor && (
                        <span className="superbill__part"> of {money(p.amountMinor)}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="superbill__summary">
          <dl className="superbill__totals" aria-label="Totals">
            <div>
              <dt>Fees for these services</dt>
              <dd>{money(totals.chargedMinor)}</dd>
            </div>
            <div>
              <dt>Paid by the client</dt>
              <dd>{money(totals.paidMinor)}</dd>
            </div>
            <div className="superbill__balance">
              <dt>Balance of these services</dt>
              <dd>{money(totals.balanceMinor)}</dd>
            </div>
          </dl>
          <p className="superbill__currency">Amounts in {data.currency}.</p>
        </div>
      </div>

      <div className="superbill__statement">
        <p>
          I certify that I provided the services above on the dates shown, and that these fees are my charges.
        </p>
        <div className="superbill__signatures">
          <div className="superbill__signature">
            <span className="superbill__line" aria-hidden="true" />
            <span>
              Signature{provider ? ' · ' : ''}
              <UserText inline text={provider} />
            </span>
          </div>
          <div className="superbill__signature superbill__signature--date">
            <span className="superbill__line" aria-hidden="true" />
            <span>Date</span>
          </div>
        </div>
      </div>
    </article>
  );
}
