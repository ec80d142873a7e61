import { addDays } from './calendar';
import type { DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';
import type { DemoSummary } from './demo-summary';
import { levelAt, newTrack, newTracks, toGoalInput, type GoalTrack } from './goal-tracks';
import type { SeededRandom } from './seeded-random';
import { involvedFor, progressFor, sessionsFor } from './treatment-plan-story';
import type { InvolvedPerson } from '../../../shared/goals/treatment-plan-contract';

const DISCONTINUED = [
  'No longer a priority after the move.',
  'Client decided this mattered less than the other goals.',
  'Circumstances changed: the event was cancelled.',
];

/** A drawn signature: a quick scribble of moves and lines, as the signature pad would store it. */
function scribble(rng: SeededRandom): string {
  let x = 10;
  let y = 40;
  const points = [`M ${x} ${y}`];
  for (let i = 0; i < rng.int(12, 30); i++) {
    x += rng.int(2, 9);
    y = Math.max(5, Math.min(75, y + rng.int(-12, 12)));
    points.push(`L ${x} ${y}`);
  }
  return points.join(' ');
}

/** One client's goal plan through the services: versions agreed in session, reviews, statuses. */
export class GoalPlanWriter {
  private tracks: GoalTrack[] = [];
  /** Chosen once: the same people stay involved from version to version. */
  private involved: InvolvedPerson[] | undefined;

  constructor(
    private readonly services: DemoServices,
    private readonly clientId: string,
    private readonly person: DemoPerson,
    private readonly rng: SeededRandom,
    private readonly summary: DemoSummary,
  ) {}

  get started(): boolean {
    return this.tracks.length > 0;
  }

  active(): GoalTrack[] {
    return this.tracks.filter((t) => t.status === 'active');
  }

  start(sessionIndex: number, day: string): void {
    this.involved = involvedFor(this.person, this.rng);
    this.tracks = newTracks(this.person, sessionIndex, day, this.rng);
    this.saveAndAgree(day, false);
  }

  /** Client (and, when notes do not rate goals, clinician) rate each active goal; some are reached. */
  review(sessionIndex: number, day: string, clinicianToo: boolean): void {
    for (const track of this.active()) {
      const goalKey = track.goalKey!;
      const clientLevel = levelAt(track, sessionIndex, this.rng, 'client');
      const rating = { clientId: this.clientId, goalKey, ratedOn: day };
      this.services.goals.rate(request('goals:rate', { ...rating, rater: 'client', level: clientLevel }));
      this.summary.clientRatings++;
      const clinicianLevel = levelAt(track, sessionIndex, this.rng, 'clinician');
      if (clinicianToo) {
        this.services.goals.rate(
          request('goals:rate', { ...rating, rater: 'clinician', level: clinicianLevel }),
        );
      }
      this.services.goals.reviewObjectives(
        request('goals:reviewObjectives', {
          clientId: this.clientId,
          reviewedOn: day,
          entries: track.objectiveKeys.map((objectiveKey, i) => ({
            goalKey,
            objectiveKey,
            progress: progressFor(i, clinicianLevel, track, sessionIndex),
          })),
        }),
      );
      if (clientLevel >= 1 && clinicianLevel >= 1) this.setStatus(track, day, 'achieved', '');
      else if (this.rng.chance(0.02)) this.setStatus(track, day, 'discontinued', this.rng.pick(DISCONTINUED));
    }
  }

  /** A new version: finished goals leave the plan, sometimes a new one joins; agreed the same day. */
  revise(sessionIndex: number, day: string): void {
    const used = new Set(this.tracks.map((t) => t.template));
    const fresh = this.person.themes.flatMap((theme) =>
      theme.goals.filter((g) => !used.has(g)).map((template) => ({ template, theme })),
    );
    if (fresh.length > 0 && (this.active().length === 0 || this.rng.chance(0.3))) {
      const { template, theme } = this.rng.pick(fresh);
      this.tracks.push(newTrack(template, theme, sessionIndex, day, this.rng));
    }
    if (this.active().length > 0) this.saveAndAgree(day, true);
  }

  private setStatus(
    track: GoalTrack,
    day: string,
    status: 'achieved' | 'discontinued',
    reason: string,
  ): void {
    track.status = status;
    this.services.goals.setStatus(
      request('goals:setStatus', {
        clientId: this.clientId,
        goalKey: track.goalKey!,
        status,
        date: day,
        reason,
      }),
    );
  }

  private saveAndAgree(day: string, revised: boolean): void {
    const active = this.active();
    const strengths = this.rng.pick([
      'Persistence',
      'Humour',
      'Support from family',
      'Clear values',
      'Curiosity',
    ]);
    const plan = this.services.goals.saveVersion(
      request('goals:saveVersion', {
        clientId: this.clientId,
        reviewDate: addDays(day, this.rng.int(6, 12) * 7),
        sessions: sessionsFor(this.rng, revised),
        involved: this.involved,
        goals: active.map((track) => toGoalInput(track, strengths, revised)),
      }),
    );
    const version = plan.versions[0]!;
    version.goals.forEach((goal, i) => {
      active[i]!.goalKey = goal.goalKey;
      active[i]!.objectiveKeys = goal.objectives.map((o) => o.objectiveKey);
    });
    const method = this.rng.weighted([
      ['verbal', 5],
      ['typed', 3],
      ['drawn', 2],
    ] as const);
    this.services.goals.agree(
      request('goals:agree', {
        versionId: version.id,
        agreedOn: day,
        method,
        typedName: method === 'typed' ? this.person.legalName : '',
        ...(method === 'drawn' ? { signaturePath: scribble(this.rng) } : {}),
      }),
    );
    this.summary.planVersions++;
  }
}
