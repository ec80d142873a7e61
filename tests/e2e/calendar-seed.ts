import { DateTime } from 'luxon';
import type { ChannelInput, ChannelOutput, Channel } from '../../shared/contract';
import { createAndOpenVault } from './flows';
import type { LaunchedApp } from './harness';

/**
 * Seeds a practice through the real router (the same services the UI calls), for calendar, billing
 * and home tests that are about what is shown rather than how it was typed in.
 */
export async function callOk<C extends Channel>(
  app: LaunchedApp,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await app.core.router.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

export interface SeededPractice {
  zone: string;
  /** The Monday of the current week, in the practice's zone. */
  monday: DateTime;
  clients: Record<'ada' | 'bashir' | 'chiara' | 'dong' | 'noor', string>;
  services: { therapy: string; intake: string };
}

export const CLIENT_NAMES = {
  ada: 'Ada Lindqvist',
  bashir: 'Bashir Rahimi',
  chiara: 'Chiara Moretti',
  dong: 'Dong-hyun Park',
  noor: 'نور الهدى',
} as const;

export async function seedClientsAndFees(app: LaunchedApp): Promise<SeededPractice> {
  const { timeZone: zone } = await callOk(app, 'billing:settings', {});
  const clients = {} as SeededPractice['clients'];
  for (const [key, chosenName] of Object.entries(CLIENT_NAMES)) {
    const { id } = await callOk(app, 'clients:createEnquiry', { chosenName });
    clients[key as keyof typeof CLIENT_NAMES] = id;
  }
  const services = await callOk(app, 'fees:save', {
    services: [
      { name: 'Individual therapy', code: '90834', durationMinutes: 50, priceMinor: 12_000 },
      { name: 'Intake assessment', code: '90791', durationMinutes: 60, priceMinor: 15_000 },
    ],
  });
  return {
    zone,
    monday: DateTime.now().setZone(zone).startOf('week'),
    clients,
    services: { therapy: services[0]!.id, intake: services[1]!.id },
  };
}

/** A new vault, made and opened through the UI, holding the seeded clients and fee schedule. */
export async function openPractice(openApp: () => Promise<LaunchedApp>) {
  const app = await openApp();
  await createAndOpenVault(app.page);
  return { app, page: app.page, practice: await seedClientsAndFees(app) };
}

type Booking = ChannelInput<'appointments:create'>;

/** Books through the router: a usual session, fifty minutes in person, unless the booking says otherwise. */
export function book(
  app: LaunchedApp,
  booking: Omit<Booking, 'durationMinutes' | 'modality'> &
    Partial<Pick<Booking, 'durationMinutes' | 'modality'>>,
): Promise<ChannelOutput<'appointments:create'>> {
  return callOk(app, 'appointments:create', { durationMinutes: 50, modality: 'in-person', ...booking });
}

function day(practice: SeededPractice, offset: number): string {
  return practice.monday.plus({ days: offset }).toISODate()!;
}

/** A week with every kind of attendance, an overlap and a right-to-left name, for looking at. */
export async function seedBusyWeek(app: LaunchedApp, practice: SeededPractice): Promise<void> {
  const { clients, services } = practice;
  const inRoom2 = (clientId: string, offset: number, time: string, extra: Partial<Booking> = {}) =>
    book(app, {
      clientId,
      date: day(practice, offset),
      time,
      location: 'Room 2',
      serviceId: services.therapy,
      ...extra,
    });
  await inRoom2(clients.ada, 0, '10:00', { repeat: { everyWeeks: 1, count: 6 } });
  await inRoom2(clients.bashir, 1, '14:00', { modality: 'video', location: '' });
  await inRoom2(clients.chiara, 1, '14:30', { durationMinutes: 60, serviceId: services.intake });
  const [attended] = await inRoom2(clients.chiara, 2, '09:00');
  await callOk(app, 'appointments:setStatus', { id: attended!.id, status: 'attended' });
  const [late] = await inRoom2(clients.dong, 3, '16:00');
  await callOk(app, 'appointments:setStatus', {
    id: late!.id,
    status: 'cancelled-late',
    reason: 'Work meeting ran over',
  });
  const [missed] = await inRoom2(clients.noor, 4, '11:00', { modality: 'phone', location: '' });
  await callOk(app, 'appointments:setStatus', { id: missed!.id, status: 'no-show' });
  const [early] = await inRoom2(clients.bashir, 4, '15:00');
  await callOk(app, 'appointments:setStatus', {
    id: early!.id,
    status: 'cancelled-early',
    reason: 'Holiday',
  });
}

/** Past sessions for one client, each then marked as given: [date offset in days from today, status]. */
export async function seedPastSessions(
  app: LaunchedApp,
  practice: SeededPractice,
  clientId: string,
  sessions: readonly [number, 'attended' | 'cancelled-late' | 'no-show' | 'cancelled-early'][],
): Promise<string[]> {
  const today = DateTime.now().setZone(practice.zone);
  const ids: string[] = [];
  for (const [offset, status] of sessions) {
    const [appointment] = await book(app, {
      clientId,
      date: today.plus({ days: offset }).toISODate()!,
      time: '10:00',
      serviceId: practice.services.therapy,
    });
    await callOk(app, 'appointments:setStatus', {
      id: appointment!.id,
      status,
      reason: status.startsWith('cancelled') ? 'Unwell' : '',
    });
    ids.push(appointment!.id);
  }
  return ids;
}
