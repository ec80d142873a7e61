import { STATUS_LABELS, type ClientStatus } from '../../../shared/clients/client-status';

/** A client's status as a small label; current work (active) carries the accent, the rest stay neutral. */
export function StatusChip({ status }: { status: ClientStatus }) {
  return <span className={`status-chip status-chip--${status}`}>{STATUS_LABELS[status]}</span>;
}
