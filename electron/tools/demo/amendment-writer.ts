import { addDays } from './calendar';
import { request, type DemoServices } from './demo-services';

/** A time of day in office hours for the clock, fixed so the same demo writes the same vault. */
const OFFICE = '10:15';

/**
 * Amendment requests where a clinician would expect to find some: a denied one (extended once,
 * with the client's disagreement and a rebuttal, so the note viewer shows both) on the first client
 * with two signed notes, and an open one close to its deadline (on Home) on the next.
 */
export function writeAmendments(services: DemoServices, clientIds: readonly string[], until: string): void {
  const withNotes = clientIds
    .map((clientId) => ({
      clientId,
      notes: services.notes
        .list(clientId)
        .filter((note) => note.signedAt && note.sessionDate < addDays(until, -80)),
    }))
    .filter((client) => client.notes.length >= 2);
  const [denied, open] = withNotes;
  if (denied) {
    const { clock } = services;
    clock.set(addDays(until, -75), OFFICE);
    const logged = services.amendments.log(
      request('amendments:log', {
        clientId: denied.clientId,
        receivedOn: addDays(until, -75),
        noteIds: [denied.notes[0]!.id],
        requestedChange: 'Take out that I had been drinking more before the session.',
        reason: 'It was one evening, not a pattern, and I do not want it read that way.',
      }),
    );
    clock.set(addDays(until, -30), OFFICE);
    services.amendments.extend(
      request('amendments:extend', {
        id: logged.id,
        reason: 'Waiting to read the letter from the GP the client mentioned.',
        clientToldOn: addDays(until, -30),
      }),
    );
    clock.set(addDays(until, -20), OFFICE);
    services.amendments.deny(
      request('amendments:deny', {
        id: logged.id,
        decidedOn: addDays(until, -20),
        denialReason: 'The note records what the client said in the session, accurately and in their words.',
        disagreement: 'I said it happened once. The note makes it sound like a habit.',
        disagreementOn: addDays(until, -20),
        rebuttal: 'The note quotes the client: "a few more drinks than usual this month".',
      }),
    );
  }
  if (open) {
    services.clock.set(addDays(until, -52), OFFICE);
    services.amendments.log(
      request('amendments:log', {
        clientId: open.clientId,
        receivedOn: addDays(until, -52),
        noteIds: [open.notes.at(-1)!.id],
        recordPart: 'The family history in the intake',
        requestedChange: 'My parents separated when I was nine, not twelve.',
        reason: 'The age matters to me.',
      }),
    );
  }
}

/** The day's reminders for the next day's appointments: the earlier half already sent. */
export function writeReminders(services: DemoServices, until: string): void {
  services.clock.set(until, '17:30');
  const { reminders } = services.reminders.tomorrow();
  for (const reminder of reminders.slice(0, Math.ceil(reminders.length / 2))) {
    services.reminders.markSent(reminder.appointmentId, true);
  }
}
