/**
 * The sections of a safety plan, in the order the client works through them and the page prints
 * them. They follow what is standard practice; the wording is Rapport's own, in the first person
 * because the plan is the client's. Two sections list people to contact, each with a phone number.
 */
export const SAFETY_PLAN_SECTIONS = [
  {
    key: 'warningSigns',
    title: 'Signs that things are getting hard',
    hint: 'Thoughts, feelings, moods or situations I notice first.',
    contacts: false,
  },
  {
    key: 'onMyOwn',
    title: 'What I can do by myself',
    hint: 'Things that calm me or take my mind off it, without needing anyone else.',
    contacts: false,
  },
  {
    key: 'peopleAndPlaces',
    title: 'People and places that lift me',
    hint: 'Company and places where I feel a bit better, even without talking about how I feel.',
    contacts: false,
  },
  {
    key: 'askForHelp',
    title: 'People I can ask for help',
    hint: 'Someone I trust to tell that I am struggling, with their number.',
    contacts: true,
  },
  {
    key: 'professionals',
    title: 'Professionals and crisis lines I can call',
    hint: 'My therapist, my doctor, a crisis line or emergency number, with their numbers.',
    contacts: true,
  },
  {
    key: 'saferSurroundings',
    title: 'Making where I am safer',
    hint: 'What I will keep away, lock up or hand to someone while things are hard.',
    contacts: false,
  },
  {
    key: 'reasonsForLiving',
    title: 'What I am living for',
    hint: 'People, hopes and things that matter to me.',
    contacts: false,
  },
] as const;

export type SafetyPlanSectionKey = (typeof SAFETY_PLAN_SECTIONS)[number]['key'];
export const SAFETY_PLAN_SECTION_KEYS = SAFETY_PLAN_SECTIONS.map((s) => s.key) as [
  SafetyPlanSectionKey,
  ...SafetyPlanSectionKey[],
];

/** Few enough that the plan still fits one printed page, and reads at a glance in a bad moment. */
export const MAX_ITEMS_PER_SECTION = 10;
