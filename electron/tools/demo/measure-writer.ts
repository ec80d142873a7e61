import { PHQ9 } from '../../../shared/measures/phq9';
import { GAD7 } from '../../../shared/measures/gad7';
import type { MeasureInstrument } from '../../../shared/measures/instrument';
import type { DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';
import { SeededRandom } from './seeded-random';

/**
 * The PHQ-9 every two weeks and the GAD-7 every four, scheduled at intake and answered with the
 * clinician at the sessions they fall due: totals that start in the clinical range and mostly come
 * down over the course, with the odd week that goes back up. Item 9 is answered above zero only
 * while the client's risk has risen, in sessions whose note records a risk review, so the demo's
 * flags are answered as a careful clinician would answer them. Its own random stream.
 */
export class MeasureWriter {
  private readonly rng: SeededRandom;
  private readonly start: { phq9: number; gad7: number };
  private readonly last = new Map<string, string>();

  constructor(
    private readonly services: DemoServices,
    private readonly clientId: string,
    person: DemoPerson,
    private readonly sessions: number,
  ) {
    this.rng = new SeededRandom('measures', person.voice.name, sessions);
    this.start = { phq9: this.rng.int(10, 20), gad7: this.rng.int(8, 16) };
  }

  atIntake(day: string): void {
    for (const [instrument, cadence] of [
      [PHQ9, 'every-2-weeks'],
      [GAD7, 'every-4-weeks'],
    ] as const) {
      this.services.measures.schedule(
        request('measures:schedule', {
          clientId: this.clientId,
          instrumentId: instrument.id,
          cadence,
          startOn: day,
          active: true,
        }),
      );
    }
  }

  /** At a session: each measure whose interval has passed is answered, as the schedule asks. */
  atSession(number: number, day: string, riskRaised: boolean): void {
    this.answer(PHQ9, 14, number, day, riskRaised);
    this.answer(GAD7, 28, number, day, false);
  }

  private answer(instrument: MeasureInstrument, days: number, number: number, day: string, raised: boolean) {
    const last = this.last.get(instrument.id);
    if (last !== undefined && daysBetween(last, day) < days) return;
    this.last.set(instrument.id, day);
    const start = instrument.id === PHQ9.id ? this.start.phq9 : this.start.gad7;
    const progress = Math.min(1, number / Math.max(8, this.sessions * 0.8));
    const wobble = this.rng.chance(0.15) ? this.rng.int(2, 4) : this.rng.int(-1, 1);
    const target = Math.max(0, Math.round(start * (1 - 0.65 * progress)) + wobble);
    const answers = spread(instrument, target, this.rng);
    const risk = instrument.riskItem;
    if (risk) answers[risk.index] = raised ? this.rng.int(1, 2) : 0;
    this.services.measures.record(
      request('measures:record', {
        clientId: this.clientId,
        instrumentId: instrument.id,
        answers,
        completedOn: day,
        completedBy: 'clinician',
      }),
    );
  }
}

/** Answers that add up to about `target`, spread over the items the way real answers vary. */
function spread(instrument: MeasureInstrument, target: number, rng: SeededRandom): number[] {
  const count = instrument.text.en.items.length;
  const answers = Array.from({ length: count }, () => 0);
  let left = Math.min(target, count * instrument.itemMax);
  while (left > 0) {
    const i = rng.int(0, count - 1);
    if (answers[i]! < instrument.itemMax) {
      answers[i]! += 1;
      left -= 1;
    }
  }
  return answers;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
