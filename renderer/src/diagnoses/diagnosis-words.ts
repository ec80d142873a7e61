import type { Diagnosis } from '../../../shared/diagnoses/diagnosis-contract';

export const SYSTEM_WORDS: Record<Diagnosis['system'], string> = {
  icd10cm: 'ICD-10-CM (look up)',
  icd10: 'ICD-10, typed',
  icd11: 'ICD-11, typed',
};
export const RANK_WORDS: Record<Diagnosis['rank'], string> = { primary: 'Primary', secondary: 'Secondary' };
export const STATUS_WORDS: Record<Diagnosis['status'], string> = {
  provisional: 'Provisional',
  confirmed: 'Confirmed',
  'ruled-out': 'Ruled out',
  resolved: 'Resolved',
};
/** The words for a field named in a diagnosis's history. */
export const FIELD_WORDS: Record<string, string> = {
  system: 'classification',
  code: 'code',
  title: 'title',
  rank: 'rank',
  status: 'status',
  madeOn: 'made on',
  resolvedOn: 'resolved on',
  madeBy: 'made by',
  note: 'note',
};
