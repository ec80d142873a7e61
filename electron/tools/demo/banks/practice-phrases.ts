/** The demo practice's fee schedule (in pence) and the words of its diary and ledger. */
export const FEE_SCHEDULE = [
  { name: 'Initial assessment (75 min)', code: '90791', durationMinutes: 75, priceMinor: 9000 },
  { name: 'Individual session (50 min)', code: '90834', durationMinutes: 50, priceMinor: 7000 },
  { name: 'Individual session (60 min)', code: '90837', durationMinutes: 60, priceMinor: 8500 },
] as const;

/** ICD-10 codes, which are public, for the concerns in the theme bank. */
export const DIAGNOSES: Readonly<Record<string, { code: string; description: string }>> = {
  panic: { code: 'F41.0', description: 'Panic disorder' },
  'low-mood': { code: 'F32.1', description: 'Moderate depressive episode' },
  grief: { code: 'F43.21', description: 'Adjustment disorder with depressed mood' },
  burnout: { code: 'Z73.0', description: 'Burn-out' },
  relationship: { code: 'Z63.0', description: 'Problems in relationship with spouse or partner' },
  trauma: { code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
  sleep: { code: 'F51.01', description: 'Primary insomnia' },
  acculturation: { code: 'Z60.3', description: 'Acculturation difficulty' },
  parenting: { code: 'Z62.820', description: 'Parent-biological child conflict' },
  'health-anxiety': { code: 'F45.21', description: 'Hypochondriasis' },
  'social-anxiety': { code: 'F40.10', description: 'Social phobia, unspecified' },
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
