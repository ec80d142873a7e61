import type { z } from 'zod';
import { channels, type Channel, type ChannelInput } from '../../../shared/contract';
import { BillingService } from '../../core/features/billing/billing-service';
import { ClientsService } from '../../core/features/clients/clients-service';
import type { Db } from '../../core/db/connection';
import { GoalsService } from '../../core/features/goals/goals-service';
import { NotesService } from '../../core/features/notes/notes-service';
import { ScheduleService } from '../../core/features/schedule/schedule-service';
import { DemoClock } from './demo-clock';

/**
 * The same services the router calls, with the clock set to the day being written. Every request
 * is first checked against the contract exactly as the router checks what the UI sends, so the
 * demo vault holds nothing the app itself could not have written.
 */
export interface DemoServices {
  clock: DemoClock;
  clients: ClientsService;
  goals: GoalsService;
  notes: NotesService;
  billing: BillingService;
  schedule: ScheduleService;
}

export function createDemoServices(db: () => Db): DemoServices {
  const clock = new DemoClock();
  const goals = new GoalsService(db, clock.now);
  const notes = new NotesService(db, goals, clock.now);
  const billing = new BillingService(db, clock.now);
  return {
    clock,
    clients: new ClientsService(db, 'command line', clock.now),
    goals,
    notes,
    billing,
    schedule: new ScheduleService(db, () => billing.settings().timeZone, notes, clock.now),
  };
}

export function request<C extends Channel>(
  channel: C,
  payload: ChannelInput<C>,
): z.output<(typeof channels)[C]['input']> {
  return channels[channel].input.parse(payload) as z.output<(typeof channels)[C]['input']>;
}
