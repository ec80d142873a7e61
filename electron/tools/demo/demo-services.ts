import type { z } from 'zod';
import { channels, type Channel, type ChannelInput } from '../../../shared/contract';
import type { Db } from '../../core/db/connection';
import { createRecordServices, type RecordServices } from '../../core/router/services';
import { DemoClock } from './demo-clock';

/**
 * The same services the router calls, built by the same composition root, with the clock set to
 * the day being written. Every request is first checked against the contract exactly as the
 * router checks what the UI sends, so the demo vault holds nothing the app itself could not have
 * written.
 */
export interface DemoServices extends Pick<
  RecordServices,
  | 'clients'
  | 'consent'
  | 'diagnoses'
  | 'goals'
  | 'measures'
  | 'notes'
  | 'billing'
  | 'schedule'
  | 'risk'
  | 'safetyPlans'
  | 'amendments'
  | 'reminders'
  | 'custodian'
> {
  clock: DemoClock;
}

export function createDemoServices(db: () => Db): DemoServices {
  const clock = new DemoClock();
  return { clock, ...createRecordServices(db, { actor: 'command line', now: clock.now }) };
}

export function request<C extends Channel>(
  channel: C,
  payload: ChannelInput<C>,
): z.output<(typeof channels)[C]['input']> {
  return channels[channel].input.parse(payload) as z.output<(typeof channels)[C]['input']>;
}
