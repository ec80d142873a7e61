import { addDays, addMinutes, daysBetween, weekday } from './calendar';
import type { SeededRandom } from './seeded-random';

/**
 * One booked session. Cancelled and missed ones get no note today; when appointments and invoices
 * exist (issue 9) they are written from these same slots, so the diary and the notes agree.
 */
export interface SessionSlot {
  date: string;
  start: string;
  end: string;
  modality: 'in-person' | 'video' | 'phone';
  kind: 'attended' | 'cancelled' | 'no-show';
}

export interface CoursePlan {
  enquiryOn: string;
  waitlistOn: string | null;
  slots: SessionSlot[];
  /** Breaks the client asked for: paused from the first day, active again on the second. */
  pauses: { from: string; to: string }[];
  ending: { on: string } | null;
  archivedOn: string | null;
}

/** How many sessions a course runs to: many short, some years long, a few very long. */
function courseLength(rng: SeededRandom): number {
  return rng.weighted([
    [rng.int(3, 12), 22],
    [rng.int(12, 40), 32],
    [rng.int(40, 130), 33],
    [rng.int(130, 330), 13],
  ] as const);
}

/** Video took over from March 2020; phone stays rare. */
function modality(day: string, rng: SeededRandom): SessionSlot['modality'] {
  const video = day >= '2020-03-16' ? 0.45 : 0.05;
  const roll = rng.next();
  if (roll < video) return 'video';
  return roll < video + 0.05 ? 'phone' : 'in-person';
}

function isHoliday(day: string, summerWeek: number): boolean {
  const monthDay = day.slice(5);
  if (monthDay >= '12-22' || monthDay <= '01-03') return true;
  const dayOfYear = daysBetween(`${day.slice(0, 4)}-01-01`, day);
  return dayOfYear >= summerWeek * 7 && dayOfYear < summerWeek * 7 + 14;
}

/** A client's course from first contact to ending, weekly-ish with the gaps real diaries have. */
export function planCourse(rng: SeededRandom, from: string, until: string): CoursePlan {
  const enquiryOn = addDays(from, rng.int(0, Math.max(0, daysBetween(from, until))));
  const wait = rng.chance(0.3) ? rng.int(21, 120) : rng.int(3, 20);
  const waitlistOn = wait > 20 ? addDays(enquiryOn, rng.int(1, 7)) : null;
  const firstDay = addDays(enquiryOn, wait);
  const plan: CoursePlan = { enquiryOn, waitlistOn, slots: [], pauses: [], ending: null, archivedOn: null };
  if (firstDay > until) return plan;

  const target = courseLength(rng);
  const slotDay = rng.weighted([
    [1, 2],
    [2, 2],
    [3, 2],
    [4, 2],
    [5, 1.5],
    [6, 0.3],
  ] as const);
  const start = `${String(rng.int(8, 19)).padStart(2, '0')}:${rng.pick(['00', '30'])}`;
  const length = rng.weighted([
    [50, 8],
    [60, 2],
  ] as const);
  const summerWeek = rng.int(27, 33);
  let day = addDays(firstDay, (slotDay - weekday(firstDay) + 7) % 7);
  let attended = 0;
  let fortnightly = false;
  // A client keeps to one way of meeting for a stretch; it may change after any break.
  let mode: SessionSlot['modality'] | null = null;
  while (attended < target && day <= until) {
    if (isHoliday(day, summerWeek)) {
      mode = null;
    } else {
      const kind = rng.weighted([
        ['attended', 94],
        ['cancelled', 4],
        ['no-show', 2],
      ] as const);
      const first = attended === 0;
      mode ??= modality(day, rng);
      plan.slots.push({
        date: day,
        start,
        end: addMinutes(start, first ? 75 : length),
        modality: mode,
        kind,
      });
      if (kind === 'attended') attended++;
    }
    if (attended === 40 && !fortnightly && rng.chance(0.5)) fortnightly = true;
    let step = fortnightly ? 14 : 7;
    if (rng.chance(0.07)) {
      step += 7;
      mode = null;
    }
    if (attended > 3 && rng.chance(0.012)) {
      const resume = addDays(day, rng.int(4, 12) * 7);
      plan.pauses.push({ from: addDays(day, 1), to: resume });
      step = daysBetween(day, resume);
      mode = null;
    }
    day = addDays(day, step);
  }
  plan.pauses = plan.pauses.filter((p) => p.from <= until);
  const last = plan.slots.findLast((s) => s.kind === 'attended');
  if (last && attended >= target) {
    plan.ending = { on: addDays(last.date, rng.int(0, 14)) };
    if (plan.ending.on > until) plan.ending.on = until;
    const archive = addDays(plan.ending.on, rng.int(365, 700));
    if (archive <= until && rng.chance(0.6)) plan.archivedOn = archive;
  }
  return plan;
}
