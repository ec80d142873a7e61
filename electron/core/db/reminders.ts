import type { Db } from './connection';

/** When each of these appointments' reminders was marked sent. */
export function remindersSent(db: Db, appointmentIds: readonly string[]): Map<string, string> {
  const read = db.prepare('SELECT sent_at AS sentAt FROM appointment_reminders WHERE appointment_id = ?');
  const sent = new Map<string, string>();
  for (const id of appointmentIds) {
    const row = read.get(id) as { sentAt: string } | undefined;
    if (row) sent.set(id, row.sentAt);
  }
  return sent;
}

export function markReminderSent(db: Db, appointmentId: string, at: string): void {
  db.prepare(
    'INSERT INTO appointment_reminders (appointment_id, sent_at) VALUES (?, ?) ON CONFLICT (appointment_id) DO NOTHING',
  ).run(appointmentId, at);
}

export function clearReminderSent(db: Db, appointmentId: string): void {
  db.prepare('DELETE FROM appointment_reminders WHERE appointment_id = ?').run(appointmentId);
}
