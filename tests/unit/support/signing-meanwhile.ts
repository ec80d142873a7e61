import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Call } from './open-core';
import { writeNote } from './record-fixture';

/** Signs a DAP note for the client on the next day each time it is called, from 1 January 2020. */
export function dailyNoteSigner(call: Call, clientId: string): () => Promise<void> {
  let day = 0;
  return async () => {
    day += 1;
    const sessionDate = new Date(Date.UTC(2020, 0, day)).toISOString().slice(0, 10);
    const note = await call('notes:create', {
      clientId,
      sessionDate,
      startTime: '10:00',
      endTime: '10:50',
      modality: 'video',
      format: 'DAP',
    });
    await writeNote(call, note, { body: { data: `Session ${day}`, assessment: 'Steady.', plan: 'Same.' } });
    await call('notes:sign', { id: note.id });
  };
}

/**
 * Signs notes one after another while `work` runs, then stops and says how many were signed. Each
 * signing yields a turn, so a worker's answers come in: the work runs beside the signing, not between.
 */
export async function signingMeanwhile<T>(
  signNote: () => Promise<void>,
  work: () => Promise<T>,
): Promise<{ result: T; signed: number }> {
  let signing = true;
  let signed = 0;
  const signer = (async () => {
    while (signing) {
      await signNote();
      signed += 1;
      await nextTurn();
    }
  })();
  let result: T;
  try {
    result = await work();
  } finally {
    signing = false;
    await signer;
  }
  // Counted once the signing under way when the work ended has finished too.
  return { result, signed };
}
