import { GAD7 } from './gad7';
import type { MeasureInstrument } from './instrument';
import { PHQ9 } from './phq9';

/**
 * Refuses an instrument Rapport may not ship: one whose licence does not allow reproduction, or
 * whose data does not hold together (bands that leave a total unnamed, words missing an item).
 */
export function checkedInstrument(instrument: MeasureInstrument): MeasureInstrument {
  const name = instrument.shortName;
  if (!instrument.licence.reproductionAllowed) {
    throw new Error(`${name} cannot be included: its licence does not allow it to be reproduced.`);
  }
  if (!instrument.licence.sourceUrl || !instrument.licence.statement) {
    throw new Error(`${name} cannot be included without the licence statement and where it was read.`);
  }
  const english = instrument.text.en;
  for (const text of Object.values(instrument.text)) {
    if (text.items.length !== english.items.length) throw new Error(`${name}: a translation lacks items.`);
    if (text.options.length !== instrument.itemMax - instrument.itemMin + 1) {
      throw new Error(`${name}: every answer value needs a label.`);
    }
  }
  let next = 0;
  for (const band of instrument.bands) {
    if (band.min !== next || band.max < band.min) throw new Error(`${name}: the bands leave a gap.`);
    next = band.max + 1;
  }
  if (next - 1 !== english.items.length * instrument.itemMax) {
    throw new Error(`${name}: the bands do not reach the highest total.`);
  }
  return instrument;
}

export function buildRegistry(
  instruments: readonly MeasureInstrument[],
): ReadonlyMap<string, MeasureInstrument> {
  const registry = new Map<string, MeasureInstrument>();
  for (const instrument of instruments) {
    if (registry.has(instrument.id)) throw new Error(`${instrument.shortName} is in the registry twice.`);
    registry.set(instrument.id, checkedInstrument(instrument));
  }
  return registry;
}

export const INSTRUMENTS = buildRegistry([PHQ9, GAD7]);
export const INSTRUMENT_IDS = [...INSTRUMENTS.keys()] as [string, ...string[]];

export function instrumentById(id: string): MeasureInstrument | undefined {
  return INSTRUMENTS.get(id);
}
