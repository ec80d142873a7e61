import type { Appointment } from '../../../shared/schedule/schedule-contract';
import { placeIn } from '../../../shared/schedule/appointment-time';

export const HOUR_HEIGHT = 56;
export const SNAP_MINUTES = 15;
const DEFAULT_FIRST_HOUR = 8;
const DEFAULT_LAST_HOUR = 20;

export interface PlacedAppointment {
  appointment: Appointment;
  date: string;
  /** Minutes after midnight in the practice's zone. */
  start: number;
  end: number;
  /** Side-by-side position when appointments overlap: column `lane` of `lanes`. */
  lane: number;
  lanes: number;
}

/** The hours the grid shows: the working day, stretched to fit anything booked outside it. */
export function hourSpan(placed: readonly PlacedAppointment[]): { first: number; last: number } {
  let first = DEFAULT_FIRST_HOUR;
  let last = DEFAULT_LAST_HOUR;
  for (const p of placed) {
    first = Math.min(first, Math.floor(p.start / 60));
    last = Math.max(last, Math.min(24, Math.ceil(p.end / 60)));
  }
  return { first, last };
}

/**
 * Places each appointment on its day; overlapping ones share the width in lanes, so a double
 * booking is visible rather than hidden underneath.
 */
export function placeAppointments(appointments: readonly Appointment[], zone: string): PlacedAppointment[] {
  const byDay = new Map<string, PlacedAppointment[]>();
  for (const appointment of appointments) {
    const { date, minutes } = placeIn(appointment, zone);
    const end = Math.min(24 * 60, minutes + appointment.durationMinutes);
    const list = byDay.get(date) ?? [];
    list.push({ appointment, date, start: minutes, end, lane: 0, lanes: 1 });
    byDay.set(date, list);
  }
  const out: PlacedAppointment[] = [];
  for (const list of byDay.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let cluster: PlacedAppointment[] = [];
    let clusterEnd = -1;
    const closeCluster = () => {
      const lanes = Math.max(1, ...cluster.map((p) => p.lane + 1));
      for (const p of cluster) p.lanes = lanes;
      cluster = [];
    };
    for (const p of list) {
      if (p.start >= clusterEnd) closeCluster();
      const laneEnds = new Map<number, number>();
      for (const q of cluster) laneEnds.set(q.lane, Math.max(laneEnds.get(q.lane) ?? 0, q.end));
      let lane = 0;
      while ((laneEnds.get(lane) ?? -1) > p.start) lane += 1;
      p.lane = lane;
      cluster.push(p);
      clusterEnd = Math.max(clusterEnd, p.end);
      out.push(p);
    }
    closeCluster();
  }
  return out;
}
