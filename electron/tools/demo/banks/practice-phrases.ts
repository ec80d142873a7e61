/** The demo practice's fee schedule (in pence) and the words of its diary and ledger. */
export const FEE_SCHEDULE = [
  { name: 'Initial assessment (75 min)', code: '90791', durationMinutes: 75, priceMinor: 9000 },
  { name: 'Individual session (50 min)', code: '90834', durationMinutes: 50, priceMinor: 7000 },
  { name: 'Individual session (60 min)', code: '90837', durationMinutes: 60, priceMinor: 8500 },
] as const;

/** ICD-10-CM codes for the concerns in the theme bank; titles come from the bundled table. */
export const DIAGNOSES: Readonly<Record<string, string>> = {
  panic: 'F41.0',
  'low-mood': 'F32.1',
  grief: 'F43.21',
  burnout: 'Z73.0',
  relationship: 'Z63.0',
  trauma: 'F43.10',
  sleep: 'F51.01',
  acculturation: 'Z60.3',
  parenting: 'Z62.820',
  'health-anxiety': 'F45.21',
  'social-anxiety': 'F40.10',
};

export const ROOMS = ['Room 1', 'Room 2', 'The garden room'];
export const EARLY_CANCELLATIONS = ['Work trip', 'Child unwell', 'Holiday booked', 'Hospital appointment'];
export const LATE_CANCELLATIONS = [
  'Called an hour before: migraine',
  'Train cancelled',
  'Forgot; apologised by text',
];
export const SLIDING_SCALE_NOTES = [
  'Student',
  'Between jobs',
  'Single income, two children',
  'Low income this year',
] as const;
/** Private health insurers of a UK practice, for the clients who claim. */
export const INSURERS = ['Bupa', 'AXA Health', 'Vitality', 'Aviva', 'WPA'];
