import { clockedCore } from './clocked-core';

/**
 * What an amendment request is about: on 2 March 2026, a practice in Europe/London with one
 * client, Ada Moreno, and her signed DAP note of 23 February whose data reads `data`. The clock is
 * the test's: `later(days)` moves it on as if the clinician had been at work all along.
 */
export async function practiceWithSignedNote(data: string) {
  const core = await clockedCore(Date.parse('2026-03-02T09:00:00Z'));
  await core.call('billing:updateSettings', { timeZone: 'Europe/London' });
  const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Ada Moreno' });
  const created = await core.call('notes:create', { clientId, sessionDate: '2026-02-23', format: 'DAP' });
  await core.call('notes:save', {
    id: created.id,
    baseUpdatedAt: created.updatedAt,
    content: { sessionDate: '2026-02-23', modality: 'in-person', format: 'DAP', body: { data } },
  });
  await core.call('notes:sign', { id: created.id });
  const later = (days: number) => core.advanceHours(days * 24);
  return { core, clientId, noteId: created.id, later };
}
