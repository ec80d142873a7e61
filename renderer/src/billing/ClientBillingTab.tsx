import { useId, useState, type ReactNode } from 'react';
import type { Invoice, Payment, Service } from '../../../shared/billing/billing-contract';
import type { ChannelOutput } from '../../../shared/contract';
import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { AppointmentDetailsDialog } from '../calendar/AppointmentDetailsDialog';
import { useClientAppointments } from '../calendar/calendar-queries';
import { todayIn } from '../../../shared/dates/practice-time';
import { EditAppointmentDialog } from '../calendar/EditAppointmentDialog';
import { useAppointmentDialogs } from '../calendar/use-appointment-dialogs';
import { NewAppointmentDialog } from '../calendar/NewAppointmentDialog';
import { useBillingSettings, useServices } from '../fees/fees-queries';
import { Alert } from '../ui/Alert';
import { useBalances, useClientFee, useInsurance, useInvoices, usePayments } from './billing-queries';
import { BalancePanel } from './BalancePanel';
import { ClientAppointments } from './ClientAppointments';
import { ClientFeeForm } from './ClientFeeForm';
import { CurrentDiagnoses } from './CurrentDiagnoses';
import { useDiagnoses } from '../diagnoses/diagnosis-queries';
import { InsuranceForm } from './InsuranceForm';
import { BILLABLE_STATUSES } from '../../../shared/billing/invoice-line';
import { InvoiceList } from './InvoiceList';
import { IssueInvoiceDialog } from './IssueInvoiceDialog';
import { PaymentList } from './PaymentList';
import { RecordPaymentDialog } from './RecordPaymentDialog';
import { SuperbillDialog } from './superbill/SuperbillDialog';
import { BillPdfDialog, type BillSubject } from './documents/BillPdfDialog';
import '../calendar/calendar.css';
import '../ui/controls.css';
import './billing.css';

function Panel({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>{title}</h2>
        {lead && <p>{lead}</p>}
      </div>
      {children}
    </section>
  );
}

/** The client page's "Billing" tab: appointments, fees and payments. */
export function ClientBillingTab({ clientId }: { clientId: string }) {
  const settings = useBillingSettings();
  const appointments = useClientAppointments(clientId);
  const services = useServices();
  const fee = useClientFee(clientId);
  const diagnoses = useDiagnoses(clientId);
  const insurance = useInsurance(clientId);
  const invoices = useInvoices(clientId);
  const payments = usePayments(clientId);
  const balances = useBalances();
  const queries = [settings, appointments, services, fee, diagnoses, insurance, invoices, payments, balances];
  const failed = queries.find((q) => q.isError);
  if (failed?.error) return <Alert tone="error">{failed.error.message}</Alert>;
  if (
    !settings.data ||
    !appointments.data ||
    !services.data ||
    !fee.data ||
    !diagnoses.data ||
    !insurance.data ||
    !invoices.data ||
    !payments.data ||
    !balances.data
  ) {
    return <p className="muted">Loading…</p>;
  }
  return (
    <BillingTabContent
      clientId={clientId}
      currency={settings.data.currency}
      zone={settings.data.timeZone}
      appointments={appointments.data}
      services={services.data}
      fee={fee.data}
      diagnoses={diagnoses.data}
      insurance={insurance.data}
      invoices={invoices.data}
      payments={payments.data}
      balanceMinor={balances.data.clients.find((c) => c.clientId === clientId)?.balanceMinor ?? 0}
    />
  );
}

interface Loaded {
  clientId: string;
  currency: string;
  zone: string;
  appointments: Appointment[];
  services: Service[];
  fee: ChannelOutput<'fees:getClientFee'>;
  diagnoses: ChannelOutput<'diagnoses:list'>;
  insurance: ChannelOutput<'insurance:get'>;
  invoices: Invoice[];
  payments: Payment[];
  balanceMinor: number;
}

function BillingTabContent(props: Loaded) {
  const { clientId, currency, zone, appointments, services, fee, invoices } = props;
  const [today] = useState(() => todayIn(zone));
  const [message, setMessage] = useState('');
  const dialogs = useAppointmentDialogs();
  const [booking, setBooking] = useState(false);
  const [invoicing, setInvoicing] = useState(false);
  const [paying, setPaying] = useState(false);
  const [superbill, setSuperbill] = useState(false);
  const [printing, setPrinting] = useState<BillSubject | null>(null);
  const toInvoice = appointments
    .filter((a) => BILLABLE_STATUSES.has(a.status) && !a.invoiced)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const openInvoices = invoices.filter((i) => i.status === 'issued' && i.balanceMinor > 0);
  const serviceName = (id: string | null) => services.find((s) => s.id === id)?.name ?? '—';

  return (
    <div className="billing-tab">
      <BalancePanel
        balanceMinor={props.balanceMinor}
        currency={currency}
        sessionsToInvoice={toInvoice.filter((a) => a.status === 'attended').length}
        onInvoice={() => setInvoicing(true)}
        onPayment={() => setPaying(true)}
        onSuperbill={() => setSuperbill(true)}
        onStatement={() => setPrinting({ kind: 'statement', clientId })}
      />
      <p className="billing-tab__status" role="status">
        {message}
      </p>
      <ClientAppointments
        appointments={appointments}
        zone={zone}
        today={today}
        serviceName={serviceName}
        onOpen={dialogs.open}
        onNew={() => setBooking(true)}
      />
      <Panel title="Invoices">
        <InvoiceList
          invoices={invoices}
          onVoided={setMessage}
          onPrint={(i) => setPrinting({ kind: 'invoice', invoiceId: i.id, number: i.number })}
        />
      </Panel>
      <Panel title="Payments">
        <PaymentList
          payments={props.payments}
          invoices={invoices}
          onReceipt={(p) => setPrinting({ kind: 'receipt', paymentId: p.id, receivedOn: p.receivedOn })}
        />
      </Panel>
      <Panel title="Fee" lead="Used for every new invoice line for this client.">
        <ClientFeeForm clientId={clientId} fee={fee} services={services} currency={currency} />
      </Panel>
      <Panel
        title="Diagnoses"
        lead="Printed on superbills, the primary one first. Recorded on the Diagnoses tab."
      >
        <CurrentDiagnoses diagnoses={props.diagnoses} />
      </Panel>
      <Panel title="Insurance" lead="Printed on superbills, for the client’s claim to their insurer.">
        <InsuranceForm clientId={clientId} insurance={props.insurance} />
      </Panel>

      <AppointmentDetailsDialog
        {...dialogs.details(appointments)}
        showClientLink={false}
        zone={zone}
        onChanged={setMessage}
      />
      <EditAppointmentDialog {...dialogs.edit} onSaved={setMessage} />
      <NewAppointmentDialog
        start={booking ? { date: today, time: '09:00', clientId } : null}
        onClose={() => setBooking(false)}
        onCreated={(_, count) =>
          setMessage(count === 1 ? 'Appointment booked.' : `${count} appointments booked.`)
        }
      />
      <IssueInvoiceDialog
        isOpen={invoicing}
        clientId={clientId}
        sessions={toInvoice}
        fee={fee}
        services={services}
        currency={currency}
        zone={zone}
        onClose={() => setInvoicing(false)}
        onIssued={(number) => {
          setInvoicing(false);
          setMessage(`Invoice ${number} issued.`);
        }}
      />
      <RecordPaymentDialog
        isOpen={paying}
        clientId={clientId}
        openInvoices={openInvoices}
        currency={currency}
        zone={zone}
        onClose={() => setPaying(false)}
        onRecorded={(text) => {
          setPaying(false);
          setMessage(text);
        }}
      />
      <BillPdfDialog subject={printing} zone={zone} onClose={() => setPrinting(null)} onSaved={setMessage} />
      <SuperbillDialog
        isOpen={superbill}
        clientId={clientId}
        zone={zone}
        onClose={() => setSuperbill(false)}
        onSaved={(text) => {
          setSuperbill(false);
          setMessage(text);
        }}
      />
    </div>
  );
}
