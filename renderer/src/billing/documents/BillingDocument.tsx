import type { ReactNode } from 'react';
import { PAYMENT_METHOD_LABELS } from '../../../../shared/billing/billing-contract';
import type {
  BillingDocumentData,
  InvoiceDocumentData,
  ReceiptDocumentData,
  StatementDocumentData,
} from '../../../../shared/billing/billing-document';
import { formatMoney } from '../../../../shared/billing/money';
import { formatDate, formatShortDate } from '../../../../shared/dates/format-date';
import { Letterhead } from '../../pdf-export/Letterhead';
import { UserText } from '../../ui/UserText';
import '../../theme/fonts';
import './billing-document.css';

type Money = (minor: number) => string;

/** Label and value rows; a row with nothing recorded is left out. */
function Facts({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className="bill__facts">
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

function Totals({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className="bill__totals" aria-label="Totals">
      {rows.map(([label, value], i) => (
        <div key={label} className={i === rows.length - 1 ? 'bill__total' : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The letterhead, title, dates and the client it is addressed to: the top of every bill. */
function Head({
  data,
  title,
  dates,
}: {
  data: BillingDocumentData;
  title: string;
  dates: [string, string][];
}) {
  return (
    <>
      <Letterhead practice={data.practice} licence={false} whenEmpty="rule" />
      <div className="bill__title-block">
        <div>
          <h1>{title}</h1>
          <section className="bill__to" aria-label="For">
            <Facts
              rows={[
                ['For', data.client.name],
                ['Address', data.client.address],
                ['Email', data.client.email],
              ]}
            />
          </section>
        </div>
        <Facts rows={dates} />
      </div>
    </>
  );
}

/** How to pay (not on a receipt: it is paid) and the tax wording, as set once in Settings. */
function Foot({ data, children }: { data: BillingDocumentData; children?: ReactNode }) {
  return (
    <footer className="bill__foot">
      {children}
      {data.paymentDetails && data.kind !== 'receipt' && (
        <section>
          <h2>How to pay</h2>
          <UserText text={data.paymentDetails} />
        </section>
      )}
      {data.taxWording && (
        <p className="bill__tax">
          <UserText inline text={data.taxWording} />
        </p>
      )}
      <p className="bill__currency">Amounts in {data.currency}.</p>
    </footer>
  );
}

function Invoice({ data, money }: { data: InvoiceDocumentData; money: Money }) {
  const isVoid = data.status === 'void';
  return (
    <>
      <Head
        data={data}
        title={`Invoice ${data.number}${isVoid ? ' · VOID' : ''}`}
        dates={[
          ['Invoice number', data.number],
          ['Issued', formatDate(data.issuedOn)],
          ['Due', formatDate(data.dueOn)],
        ]}
      />
      {isVoid && <p className="bill__void">This invoice is void: nothing is owed on it.</p>}
      <table className="bill__table">
        <thead>
          <tr>
            <th scope="col">Date of service</th>
            <th scope="col">Service</th>
            <th scope="col">Code</th>
            <th scope="col" className="bill__number">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {data.lines.map((line, i) => (
            <tr key={`${line.date}-${i}`}>
              <td className="bill__nowrap">{formatShortDate(line.date)}</td>
              <td>
                <UserText text={line.description} />
              </td>
              <td className="bill__code">{line.code}</td>
              <td className="bill__number">{money(line.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Totals
        rows={[
          ['Total', money(data.totals.totalMinor)],
          ['Paid', money(data.totals.paidMinor)],
          ['Balance due', money(isVoid ? 0 : data.totals.balanceMinor)],
        ]}
      />
      <Foot data={data} />
    </>
  );
}

function Receipt({ data, money }: { data: ReceiptDocumentData; money: Money }) {
  return (
    <>
      <Head data={data} title="Receipt" dates={[['Issued', formatDate(data.madeOn)]]} />
      <p className="bill__received">
        Received with thanks: <strong>{money(data.amountMinor)}</strong> on {formatDate(data.receivedOn)}.
      </p>
      <Facts
        rows={[
          ['Amount', money(data.amountMinor)],
          ['Date received', formatDate(data.receivedOn)],
          ['Method', PAYMENT_METHOD_LABELS[data.method]],
          ['Reference', data.reference],
          ['Towards', data.invoiceNumber ? `Invoice ${data.invoiceNumber}` : 'The account'],
        ]}
      />
      <Foot data={data} />
    </>
  );
}

function Statement({ data, money }: { data: StatementDocumentData; money: Money }) {
  const { totals } = data;
  return (
    <>
      <Head
        data={data}
        title="Statement of account"
        dates={[
          ['Period', `${formatDate(data.period.from)} to ${formatDate(data.period.to)}`],
          ['Issued', formatDate(data.madeOn)],
        ]}
      />
      <table className="bill__table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Details</th>
            <th scope="col">Invoice</th>
            <th scope="col" className="bill__number">
              Charged
            </th>
            <th scope="col" className="bill__number">
              Paid
            </th>
            <th scope="col" className="bill__number">
              Balance
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="bill__opening">
            <td className="bill__nowrap">{formatShortDate(data.period.from)}</td>
            <td colSpan={4}>Opening balance</td>
            <td className="bill__number">{money(totals.openingMinor)}</td>
          </tr>
          {data.entries.map((entry, i) => (
            <tr key={`${entry.date}-${i}`}>
              <td className="bill__nowrap">{formatShortDate(entry.date)}</td>
              <td>
                {entry.type === 'service' ? (
                  <>
                    <UserText inline text={entry.description} />
                    {entry.code && <span className="bill__code"> {entry.code}</span>}
                    {entry.serviceDate && (
                      <span className="bill__muted"> · session {formatShortDate(entry.serviceDate)}</span>
                    )}
                  </>
                ) : (
                  `Payment · ${entry.description}`
                )}
              </td>
              <td className="bill__nowrap">{entry.invoiceNumber ?? ''}</td>
              <td className="bill__number">{entry.type === 'service' ? money(entry.amountMinor) : ''}</td>
              <td className="bill__number">{entry.type === 'payment' ? money(entry.amountMinor) : ''}</td>
              <td className="bill__number">{money(entry.balanceMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.entries.length === 0 && <p className="bill__muted">No charges or payments in this period.</p>}
      <Totals
        rows={[
          ['Opening balance', money(totals.openingMinor)],
          ['Services', money(totals.servicesMinor)],
          ['Payments', money(totals.paymentsMinor)],
          [
            totals.closingMinor < 0 ? 'Closing balance (in credit)' : 'Closing balance',
            money(totals.closingMinor),
          ],
        ]}
      />
      <Foot data={data} />
    </>
  );
}

/**
 * An invoice, a receipt or a statement of account, for both printers. Amounts arrive in minor
 * units and are formatted only here; dates in the document's locale.
 */
export function BillingDocument({ data }: { data: BillingDocumentData }) {
  // 'en' writes US dollars as "$120.00" and other currencies with their own sign ("CA$", "€").
  const money = (minor: number) => formatMoney(minor, data.currency, 'en');
  return (
    <article className="bill" lang="en">
      {data.kind === 'invoice' && <Invoice data={data} money={money} />}
      {data.kind === 'receipt' && <Receipt data={data} money={money} />}
      {data.kind === 'statement' && <Statement data={data} money={money} />}
    </article>
  );
}
