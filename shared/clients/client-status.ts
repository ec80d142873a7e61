export const CLIENT_STATUSES = ['enquiry', 'waitlist', 'active', 'paused', 'discharged', 'archived'] as const;
export type ClientStatus = (typeof CLIENT_STATUSES)[number];

export const STATUS_LABELS: Record<ClientStatus, string> = {
  enquiry: 'Enquiry',
  waitlist: 'Waitlist',
  active: 'Active',
  paused: 'Paused',
  discharged: 'Discharged',
  archived: 'Archived',
};
