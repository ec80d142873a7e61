/** Every query key in one place, so invalidation after a change cannot miss a spelling. */
export const queryKeys = {
  vaultStatus: ['vault', 'status'],
  settings: ['settings'],
  clients: ['clients'],
  /** Everything about notes: a prefix that refreshes lists, alliance and Home cards together. */
  notes: ['notes'],
  noteList: (clientId: string) => ['notes', 'list', clientId] as const,
  note: (noteId: string) => ['notes', 'note', noteId] as const,
  /** The stored version of a note whose editor hit a conflict; apart from `note`, which the editor holds. */
  storedNote: (noteId: string, conflict: string) => ['notes', 'stored', noteId, conflict] as const,
  alliance: (clientId: string) => ['notes', 'alliance', clientId] as const,
  unsignedNotes: ['notes', 'unsigned'],
  openRuptures: ['notes', 'open-ruptures'],
  noteSearch: (query: string) => ['notes', 'search', query] as const,
  checklist: ['checklist'],
  checklistGroups: ['checklist', 'groups'],
  goalPlan: (clientId: string) => ['goals', 'plan', clientId] as const,
  goalReviewsDue: ['goals', 'reviewsDue'],
  modalities: ['goals', 'modalities'],
  /** A goal plan being written, kept in memory only, so switching tabs does not lose it; cleared on lock. */
  goalEditorDraft: (clientId: string) => ['goals', 'editor-draft', clientId] as const,
  /** Everything about risk reviews: a prefix that refreshes a client's history, a note's reviews and Home. */
  risk: ['risk'],
  riskHistory: (clientId: string) => ['risk', 'history', clientId] as const,
  noteRiskReviews: (noteId: string) => ['risk', 'note', noteId] as const,
  riskDue: ['risk', 'due'],
  riskIntervals: ['risk', 'intervals'],
  safetyPlan: (clientId: string) => ['safety-plan', clientId] as const,
  appointments: ['appointments'],
  appointmentsInRange: (from: string, to: string) => ['appointments', 'range', from, to] as const,
  clientAppointments: (clientId: string) => ['appointments', 'client', clientId] as const,
  billing: ['billing'],
  billingSettings: ['billing', 'settings'],
  services: ['billing', 'services'],
  balances: ['billing', 'balances'],
  invoices: (clientId: string) => ['billing', 'invoices', clientId] as const,
  payments: (clientId: string) => ['billing', 'payments', clientId] as const,
  clientFee: (clientId: string) => ['billing', 'client-fee', clientId] as const,
  diagnoses: (clientId: string) => ['billing', 'diagnoses', clientId] as const,
  insurance: (clientId: string) => ['billing', 'insurance', clientId] as const,
  /** Everything about backups: a prefix that refreshes the status (Home, Settings) and the list together. */
  backups: ['backup'],
  backupStatus: ['backup', 'status'],
  backupList: ['backup', 'list'],
  /** The backups the restore screen offers while the vault is locked (no contents without the passphrase). */
  lockedBackupList: ['backup', 'locked-list'],
  /** What a folder chosen to restore from says of itself (date, kind) before a secret opens it. */
  chosenBackup: (path: string) => ['backup', 'chosen', path] as const,
  audit: ['audit'],
  auditList: (filters: object) => ['audit', 'list', filters] as const,
  auditChain: ['audit', 'chain'],
  /** The integrity check's status (last report, running, read-only): Settings → Integrity and the frame. */
  integrity: ['integrity'],
  integrityStatus: ['integrity', 'status'],
  /** Everything about amendment requests: a prefix that refreshes a client's list, a note's and Home's. */
  amendments: ['amendments'],
  clientAmendments: (clientId: string) => ['amendments', 'client', clientId] as const,
  noteAmendments: (noteId: string) => ['amendments', 'note', noteId] as const,
  amendmentsDue: ['amendments', 'due'],
  reminders: ['reminders'],
  reminderTemplate: ['reminders', 'template'],
  remindersTomorrow: ['reminders', 'tomorrow'],
} as const;
