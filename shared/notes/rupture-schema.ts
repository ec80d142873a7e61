import { z } from 'zod';
import { LONG } from '../clients/intake-schema';
import {
  CONFRONTATION_MARKERS,
  MARKER_KEYS,
  REPAIR_KEYS,
  RUPTURE_KINDS,
  RUPTURE_OUTCOMES,
  RUPTURE_RAISED_BY,
  WITHDRAWAL_MARKERS,
  type RuptureEvent,
} from './rupture-lists';

const WITHDRAWAL = new Set<string>(WITHDRAWAL_MARKERS.map((m) => m.key));
const CONFRONTATION = new Set<string>(CONFRONTATION_MARKERS.map((m) => m.key));

/** One rupture event as the editor saves it: markers only of the families its kind names. */
export const ruptureEvent = z
  .strictObject({
    kind: z.enum(RUPTURE_KINDS),
    markers: z.array(z.enum(MARKER_KEYS)).max(MARKER_KEYS.length).default([]),
    // Kept, as written, from a rupture recorded on the earlier form; the service refuses new ones.
    earlierMarkers: z.array(z.string().max(500)).max(12).default([]),
    raisedBy: z.enum(RUPTURE_RAISED_BY).default(''),
    repairs: z.array(z.enum(REPAIR_KEYS)).max(REPAIR_KEYS.length).default([]),
    repairNote: z.string().max(LONG, 'Keep this under 20,000 characters.').default(''),
    outcome: z.enum(RUPTURE_OUTCOMES).default(''),
  })
  .superRefine((event, ctx) => {
    if (
      new Set(event.markers).size !== event.markers.length ||
      new Set(event.repairs).size !== event.repairs.length
    )
      ctx.addIssue({ code: 'custom', path: ['markers'], message: 'Each marker and repair is ticked once.' });
    event.markers.forEach((marker, i) => {
      const fits =
        (event.kind !== 'confrontation' && WITHDRAWAL.has(marker)) ||
        (event.kind !== 'withdrawal' && CONFRONTATION.has(marker));
      if (!fits)
        ctx.addIssue({
          code: 'custom',
          path: ['markers', i],
          message: `That marker is not a ${event.kind} marker.`,
        });
    });
  });

/** A rupture event as a note read from the vault carries it (decoded by readRuptures). */
export const ruptureEventRead = z.custom<RuptureEvent>(
  (value) => typeof value === 'object' && value !== null,
);
