import type { DemoRecord } from './demo-record';

/** What a reader can tell about a demo client from their record, for the coherence rules. */
export interface ThemeSigns {
  /** How the concern reads on a goal or as a diagnosis. */
  concern: RegExp;
  /** A word the formulation uses for it. */
  formulation: RegExp;
  /** Words only a session about this concern would use. */
  sessions: RegExp;
}

export const THEME_SIGNS: Record<string, ThemeSigns> = {
  panic: { concern: /panic/i, formulation: /\bpanic\b/i, sessions: /\bpanic\b|heartbeat|pulse/i },
  lowMood: {
    concern: /low mood|depressive/i,
    formulation: /\blow mood\b/i,
    sessions: /activity diary|behavioural activation/i,
  },
  grief: {
    concern: /grief|adjustment disorder/i,
    formulation: /\bgrief\b/i,
    sessions: /\bMum\b|the anniversary|photographs/i,
  },
  burnout: {
    concern: /burn-?out/i,
    formulation: /\bburnout\b/i,
    sessions: /return-to-work|emails at night/i,
  },
  relationship: {
    concern: /relationship/i,
    formulation: /relationship conflict/i,
    sessions: /pursue–withdraw|after a row|time-out/i,
  },
  trauma: {
    concern: /assault|post-traumatic/i,
    formulation: /trauma/i,
    sessions: /flashback|nightmare|court letter|safe-place/i,
  },
  sleep: { concern: /insomnia/i, formulation: /\binsomnia\b/i, sessions: /sleep diary|sleep window/i },
  identity: {
    concern: /coming out/i,
    formulation: /coming out/i,
    sessions: /coming out|telling a sibling|who to tell/i,
  },
  acculturation: {
    concern: /migrat|acculturation/i,
    formulation: /\bmigrat/i,
    sessions: /\bvisa\b|language course/i,
  },
  parenting: {
    concern: /parenting|parent-biological/i,
    formulation: /\bparenting\b/i,
    sessions: /\bshout|bedtime|sign of anger/i,
  },
  healthAnxiety: {
    concern: /health anxiety|hypochondriasis/i,
    formulation: /health anxiety/i,
    sessions: /symptom search|searching symptoms|reassurance plan/i,
  },
  socialAnxiety: {
    concern: /social anxiety|social phobia/i,
    formulation: /social anxiety/i,
    sessions: /post-event|the presentation\b|lunch with colleagues/i,
  },
};
export const EXPOSURE_THEMES = new Set(['panic', 'trauma', 'socialAnxiety', 'healthAnxiety']);

/** The concerns on the client's goals and diagnoses. */
export function themesOf(client: DemoRecord): Set<string> {
  const named = [...client.goals.map((g) => g.concern), ...client.diagnoses];
  return new Set(
    Object.entries(THEME_SIGNS)
      .filter(([, signs]) => named.some((n) => signs.concern.test(n)))
      .map(([key]) => key),
  );
}

export const addressing = (client: DemoRecord, key: keyof DemoRecord['intake']['cultural']['addressing']) =>
  client.intake.cultural.addressing[key].text;
export const family = (client: DemoRecord) => client.intake.cultural.familyAndCommunity;
export const livesWithPartner = (client: DemoRecord) => /\bpartner\b|married/i.test(family(client));
export const hasYoungChildren = (client: DemoRecord) =>
  /\b(children|toddler|baby|son|daughter)\b/i.test(family(client)) && !/grown/i.test(family(client));
/** Unknown (the client preferred not to say) counts as fitting: nothing on record contradicts it. */
export const works = (client: DemoRecord) => /^(Works as|$)/i.test(addressing(client, 'socioeconomic'));
export const cisWoman = (client: DemoRecord) => /^Woman\b/.test(addressing(client, 'gender'));
export const NON_RELIGIOUS =
  /^(none|no religion|atheist|secular)\b|not religious|not practising|agnostic|laïque|not otherwise religious/i;
export const FAITH_WORDS = /\bfaith\b|\bpray|\bimam\b/i;

/** Every piece of free text stored for the client. */
export function allText(client: DemoRecord): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(client.intake);
  walk(client.goals);
  for (const session of client.sessions) strings.push(session.text, ...session.addenda, session.processNote);
  strings.push(...client.reasons);
  return strings.filter((s) => s !== '');
}
