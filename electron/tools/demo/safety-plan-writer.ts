import type { SafetyPlanSectionsInput } from '../../../shared/safety-plan/safety-plan-schema';
import type { DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';
import { SeededRandom } from './seeded-random';

const WARNING_SIGNS = [
  'Lying awake going over everything again',
  'Not answering messages for days',
  'Staying in bed past midday',
  'Skipping meals without noticing',
  'Telling myself nobody would miss me',
];
const ON_MY_OWN = [
  'A long shower, then the breathing exercise',
  'Walking round the block, even when I do not want to',
  'Music through headphones, loud',
  'Writing down what is in my head, then closing the notebook',
  'Cold water on my face and hands',
];
const PLACES = ['The library café', 'The park by the river', 'The allotment', 'My cousin’s kitchen'];
const SAFER = [
  'Tablets stay in the locked box; my partner keeps the key',
  'No more than a week of medication at home',
  'Give the spare razor blades to a friend while things are hard',
];

/** The people and hopes the client named at intake as what keeps them going, from their own life. */
function reasons(person: DemoPerson): string[] {
  const { household, religious } = person.profile;
  return [
    ...(household.children !== 'none' ? ['My children'] : []),
    ...(household.partner ? ['My partner'] : []),
    ...(religious ? ['My faith and the people at my place of worship'] : []),
    'The dog, who needs walking every morning',
    'Seeing things get better, like they did before',
  ];
}

/**
 * A safety plan for a client whose intake records suicidal thoughts (the story says a plan was
 * agreed at the first session): written with them that day and agreed aloud or by typed name; for
 * thoughts that are still current, a second version at a later review adds what they found helped.
 * Drawn from its own random stream, so the rest of the demo vault does not shift because of it.
 */
export class SafetyPlanWriter {
  private readonly rng: SeededRandom;

  constructor(
    private readonly services: DemoServices,
    private readonly clientId: string,
    private readonly person: DemoPerson,
  ) {
    this.rng = new SeededRandom('safety-plan', person.legalName, person.dateOfBirth);
  }

  get needed(): boolean {
    return this.person.risk.safetyPlan;
  }

  /** Written and agreed at the first session. */
  start(day: string): void {
    const rng = this.rng;
    const friend = rng.pick(['My sister', 'My oldest friend', 'My cousin', 'My neighbour']);
    const sections: SafetyPlanSectionsInput = {
      warningSigns: rng.sample(WARNING_SIGNS, 3).map((text) => ({ text })),
      onMyOwn: rng.sample(ON_MY_OWN, 2).map((text) => ({ text })),
      peopleAndPlaces: [{ text: rng.pick(PLACES) }],
      askForHelp: [{ text: friend, phone: `07700 900${String(rng.int(0, 999)).padStart(3, '0')}` }],
      professionals: [
        { text: 'My GP surgery', phone: `01632 960${String(rng.int(0, 999)).padStart(3, '0')}` },
        { text: 'Samaritans, day or night', phone: '116 123' },
        { text: 'Emergency', phone: '999' },
      ],
      saferSurroundings: [{ text: rng.pick(SAFER) }],
      reasonsForLiving: rng.sample(reasons(this.person), 2).map((text) => ({ text })),
    };
    this.saveAndAgree(day, sections);
  }

  /** A review while the thoughts are still current: one more thing that helped joins the plan. */
  review(day: string): void {
    if (this.person.risk.suicidalThoughts !== 'current') return;
    const plan = this.services.safetyPlans.get(this.clientId).versions[0];
    if (!plan?.agreement || plan.number > 1) return;
    const used = new Set(plan.sections.onMyOwn.map((line) => line.text));
    const more = ON_MY_OWN.filter((text) => !used.has(text));
    this.saveAndAgree(day, {
      ...plan.sections,
      onMyOwn: [...plan.sections.onMyOwn, { text: this.rng.pick(more) }],
    });
  }

  private saveAndAgree(day: string, sections: SafetyPlanSectionsInput): void {
    const saved = this.services.safetyPlans.save(
      request('safetyPlan:save', { clientId: this.clientId, sections }),
    );
    const typed = this.rng.chance(0.5);
    this.services.safetyPlans.agree(
      request('safetyPlan:agree', {
        versionId: saved.versions[0]!.id,
        agreedOn: day,
        method: typed ? 'typed' : 'verbal',
        typedName: typed ? this.person.legalName : '',
      }),
    );
  }
}
