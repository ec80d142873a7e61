import type { Db } from '../../electron/core/db/connection';
import type { Router } from '../../electron/core/router/router';
import { createRecordServices } from '../../electron/core/router/services';

async function ok(router: Router, channel: string, input: unknown): Promise<unknown> {
  const result = await router.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/**
 * What the client page asks for when it opens: the record, diagnoses, the goal and treatment plan,
 * the notes, the alliance trend, the risk history and the safety plan.
 */
export async function openClientPage(router: Router, clientId: string): Promise<void> {
  await ok(router, 'clients:get', { id: clientId });
  await ok(router, 'diagnoses:list', { clientId });
  await ok(router, 'goals:get', { clientId });
  await ok(router, 'notes:list', { clientId });
  await ok(router, 'notes:alliance', { clientId });
  await ok(router, 'risk:history', { clientId });
  await ok(router, 'safetyPlan:get', { clientId });
}

/** The services the router calls, over any connection: to run the same work on an unencrypted copy. */
export function servicesOver(db: Db) {
  const { clients, diagnoses, goals, notes, risk, safetyPlans } = createRecordServices(() => db);
  return { clients, diagnoses, goals, notes, risk, safetyPlans };
}

export type Services = ReturnType<typeof servicesOver>;

export function clientPageThroughServices(services: Services, clientId: string): void {
  services.clients.get(clientId);
  services.diagnoses.list(clientId);
  services.goals.get(clientId);
  services.notes.list(clientId);
  services.notes.alliance(clientId);
  services.risk.history(clientId);
  services.safetyPlans.get(clientId);
}
