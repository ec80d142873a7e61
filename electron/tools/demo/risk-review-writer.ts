import type { ChannelInput } from '../../../shared/contract';
import type { Judgement } from '../../../shared/risk/risk-contract';
import type { DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';
import { SeededRandom } from './seeded-random';

type Fields = Omit<ChannelInput<'risk:record'>, 'clientId' | 'source' | 'reviewedOn'>;

/** Where risk stands at a session: the client's usual level, or a step of a period when it rose. */
type State = 'usual-low' | 'usual-moderate' | 'risen' | 'easing' | 'settled';

const SESSION_LINES: Record<'risen' | 'easing' | 'settled', string[]> = {
  risen: [
    'Suicidal thoughts became active this week, with a method thought through; no intent to act. Safety plan rewritten together',
  ],
  easing: [
    'Suicidal thoughts passive again and less frequent; the means are out of the house; safety plan in use',
  ],
  settled: ['No suicidal thoughts since the last review; safety plan kept to hand'],
};

const PLAN_LINES: Record<'risen' | 'easing', string> = {
  risen: 'Risk to be reviewed at every session until it settles; GP contacted with consent.',
  easing: 'Risk reviewed; weekly reviews to continue while the thoughts ease.',
};

/**
 * The risk reviews of one client's course, told from their risk story so that the reviews, the
 * intake and every note agree: a review at intake, then reviews in notes (more often when risk is
 * higher). Some clients with suicidal thoughts in their story go through a period when risk rises
 * to high and comes down again; their notes for those sessions say so. Its own random stream, so
 * the rest of the demo stays as it was.
 */
export class RiskReviewWriter {
  private readonly rng: SeededRandom;
  /** The session number at which risk rises, if it does in this course. */
  private readonly risesAt: number | null;
  private readonly protective: string;

  constructor(
    private readonly services: DemoServices,
    private readonly clientId: string,
    private readonly person: DemoPerson,
    sessions: number,
  ) {
    this.rng = new SeededRandom('risk-reviews', person.voice.name, sessions);
    const thoughts = person.risk.suicidalThoughts;
    // Every course long enough, of a client whose story has suicidal thoughts, may see them rise.
    const chance = thoughts === 'current' ? 1 : thoughts === 'past' ? 0.7 : 0;
    this.risesAt =
      sessions >= 10 && this.rng.chance(chance)
        ? this.rng.int(3, Math.max(3, Math.min(sessions - 7, 20)))
        : null;
    const line = person.risk.sessionLines.find((l) => l.includes('protective factors are '));
    this.protective = line ? line.slice(line.indexOf('protective factors are ') + 23) : '';
  }

  /** The person as this session's note speaks of them: in a period of raised risk, with its words. */
  personFor(number: number): DemoPerson {
    const state = this.state(number);
    if (state !== 'risen' && state !== 'easing' && state !== 'settled') return this.person;
    if (state === 'settled') {
      return { ...this.person, risk: { ...this.person.risk, sessionLines: SESSION_LINES[state] } };
    }
    return {
      ...this.person,
      risk: {
        ...this.person.risk,
        sessionLines: SESSION_LINES[state],
        planLines: [],
        planMustSay: PLAN_LINES[state],
      },
    };
  }

  atIntake(day: string): void {
    this.record({ kind: 'intake' }, day, this.usual());
  }

  /** A review in this session's note, when one is due: before the note is signed, so it is sealed with it. */
  inNote(number: number, noteId: string, day: string): void {
    const state = this.state(number);
    const every = state === 'usual-low' ? 8 : state === 'usual-moderate' ? 3 : 1;
    if (number === 0 || number % every !== 0) return;
    this.record({ kind: 'note', noteId }, day, state);
  }

  /** Risk has risen or is easing at this session: each such session's note records a review. */
  raisedAt(number: number): boolean {
    const state = this.state(number);
    return state === 'risen' || state === 'easing';
  }

  private usual(): State {
    return this.person.risk.suicidalThoughts === 'current' ? 'usual-moderate' : 'usual-low';
  }

  private state(number: number): State {
    if (this.risesAt === null || number < this.risesAt) return this.usual();
    const since = number - this.risesAt;
    if (since < 2) return 'risen';
    if (since < 4) return 'easing';
    if (since === 4) return 'settled';
    return 'usual-low';
  }

  private record(source: ChannelInput<'risk:record'>['source'], day: string, state: State): void {
    const fields = this.fields(state);
    this.services.risk.record(
      request('risk:record', { clientId: this.clientId, source, reviewedOn: day, ...fields }),
    );
  }

  private fields(state: State): Fields {
    const story = this.person.risk;
    const base = {
      intent: 'no',
      plan: 'no',
      means: story.suicidalThoughts === 'none' ? 'not-asked' : 'no',
      pastAttempts: 'no',
      selfHarm: story.selfHarm === 'not-asked' ? 'not-asked' : story.selfHarm === 'current' ? 'yes' : 'no',
      harmToOthers: 'no',
      harmFromOthers: 'no',
      protectiveFactors: this.protective,
      actions: '',
    } as const;
    const judgement: Record<State, Judgement> = {
      'usual-low': 'low',
      'usual-moderate': 'moderate',
      risen: 'high',
      easing: 'moderate',
      settled: 'low',
    };
    const said: Record<State, Pick<Fields, 'suicidalThoughts' | 'reasons'> & Partial<Fields>> = {
      'usual-low': {
        suicidalThoughts: 'none',
        reasons:
          story.suicidalThoughts === 'past'
            ? 'The thoughts of last year have not returned; protective factors in place.'
            : 'No thoughts of suicide or self-harm; protective factors in place.',
      },
      'usual-moderate': {
        suicidalThoughts: 'passive',
        reasons:
          'Passive thoughts of not wanting to wake up on most evenings; no plan or intent; uses the safety plan.',
        actions: 'Safety plan reviewed together.',
      },
      risen: {
        suicidalThoughts: 'active',
        plan: 'yes',
        means: 'yes',
        reasons:
          'Thoughts became active after a hard week, with a method thought through and the means at home; says they would not act, but the change is sharp.',
        actions:
          'Safety plan rewritten together; agreed to give the means to someone they trust; GP contacted with consent; next session brought forward.',
      },
      easing: {
        suicidalThoughts: 'passive',
        reasons: 'Thoughts passive again and less often; the means are out of the house; safety plan in use.',
        actions: 'Safety plan reviewed; weekly reviews to continue.',
      },
      settled: {
        suicidalThoughts: 'none',
        reasons: 'No suicidal thoughts since the last review; sleeping better; safety plan kept to hand.',
      },
    };
    return { ...base, judgement: judgement[state], ...said[state] };
  }
}
