import { z } from 'zod';
import { calendarDate } from '../dates/calendar-date';

const id = z.uuid('Unknown record.');
const minor = z.number().int('Amounts are whole cents.').min(0).max(100_000_000);
const currency = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.');

export const PAYMENT_METHODS = ['card', 'cash', 'bank transfer', 'cheque', 'insurance', 'other'] as const;
export const PAYMENT_METHOD_LABELS: Record<(typeof PAYMENT_METHODS)[number], string> = {
  card: 'Card',
  cash: 'Cash',
  'bank transfer': 'Bank transfer',
  cheque: 'Cheque',
  insurance: 'Insurance',
  other: 'Other',
};

export const service = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  durationMinutes: z.number(),
  priceMinor: z.number(),
  active: z.boolean(),
});

export const clientFee = z.object({
  serviceId: z.string().nullable(),
  priceMinor: z.number().nullable(),
  slidingScalePercent: z.number(),
  note: z.string(),
});

export const invoice = z.object({
  id: z.string(),
  number: z.string(),
  clientId: z.string(),
  chosenName: z.string(),
  issuedOn: z.string(),
  dueOn: z.string(),
  currency: z.string(),
  status: z.enum(['issued', 'void']),
  voidReason: z.string(),
  lines: z.array(
    z.object({
      appointmentId: z.string().nullable(),
      serviceDate: z.string(),
      description: z.string(),
      code: z.string(),
      amountMinor: z.number(),
    }),
  ),
  totalMinor: z.number(),
  paidMinor: z.number(),
  balanceMinor: z.number(),
});

export const payment = z.object({
  id: z.string(),
  clientId: z.string(),
  invoiceId: z.string().nullable(),
  receivedOn: z.string(),
  amountMinor: z.number(),
  currency: z.string(),
  method: z.enum(PAYMENT_METHODS),
  reference: z.string(),
});

export const billingSettings = z.object({
  currency: z.string(),
  timeZone: z.string(),
  paymentTermsDays: z.number(),
});

export const billingChannels = {
  'billing:settings': { input: z.strictObject({}), output: billingSettings },
  'billing:updateSettings': {
    input: z.strictObject({
      currency: currency.optional(),
      timeZone: z
        .string()
        .max(64)
        .refine((tz) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: tz });
            return true;
          } catch {
            return false;
          }
        }, 'Unknown time zone.')
        .optional(),
      paymentTermsDays: z.number().int().min(0).max(120).optional(),
    }),
    output: billingSettings,
  },
  'fees:list': { input: z.strictObject({}), output: z.array(service) },
  'fees:save': {
    input: z.strictObject({
      services: z
        .array(
          z.strictObject({
            id: id.optional(),
            name: z
              .string()
              .max(200)
              .refine((s) => s.trim().length > 0, 'Name the service.'),
            code: z.string().max(20).default(''),
            durationMinutes: z.number().int().min(5).max(600),
            priceMinor: minor,
            active: z.boolean().default(true),
          }),
        )
        .max(100),
    }),
    output: z.array(service),
  },
  'fees:getClientFee': { input: z.strictObject({ clientId: id }), output: clientFee },
  'fees:setClientFee': {
    input: z.strictObject({
      clientId: id,
      serviceId: id.nullable().default(null),
      priceMinor: minor.nullable().default(null),
      slidingScalePercent: z.number().int().min(0).max(100).default(0),
      note: z.string().max(2000).default(''),
    }),
    output: clientFee,
  },
  'invoices:create': {
    input: z.strictObject({
      clientId: id,
      appointmentIds: z.array(id).min(1, 'Choose at least one session.').max(200),
      issuedOn: calendarDate.optional(),
    }),
    output: invoice,
  },
  'invoices:list': { input: z.strictObject({ clientId: id.optional() }), output: z.array(invoice) },
  'invoices:void': {
    input: z.strictObject({ id, reason: z.string().min(1, 'Say why the invoice is void.').max(2000) }),
    output: invoice,
  },
  'payments:record': {
    input: z.strictObject({
      clientId: id,
      invoiceId: id.nullable().default(null),
      amountMinor: minor.min(1, 'Enter the amount received.'),
      receivedOn: calendarDate,
      method: z.enum(PAYMENT_METHODS),
      reference: z.string().max(200).default(''),
    }),
    output: payment,
  },
  'payments:list': { input: z.strictObject({ clientId: id }), output: z.array(payment) },
  'billing:balances': {
    input: z.strictObject({}),
    output: z.object({
      currency: z.string(),
      totalMinor: z.number(),
      clients: z.array(z.object({ clientId: z.string(), chosenName: z.string(), balanceMinor: z.number() })),
    }),
  },
} as const;

export type Service = z.output<typeof service>;
export type Invoice = z.output<typeof invoice>;
export type Payment = z.output<typeof payment>;
