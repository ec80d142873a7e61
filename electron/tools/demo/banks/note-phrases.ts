import type { RepairKey } from '../../../../shared/notes/rupture-lists';
/**
 * Sentences for session notes, with slots in braces. {Name}, {They}, {they}, {their}, {them} come
 * from the client; {topic}, {goal} and {quote} from the session; every other slot is filled from
 * SLOTS below. Sentences stay in the past tense so they read right with any pronoun.
 */
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  sleepQuality: [
    'poor',
    'broken',
    'better',
    'patchy',
    'much improved',
    'short but steady',
    'restless',
    'deeper',
  ],
  mixedFeelings: [
    'relieved, and also sad',
    'angry, and also guilty',
    'proud, and also frightened',
    'calmer, and also lonely',
    'hopeful, and also embarrassed',
    'numb, and also relieved',
  ],
  moodWord: [
    'flat',
    'low but steadier',
    'up and down',
    'lighter',
    'irritable',
    'hopeful',
    'tired',
    'anxious',
    '“okay, actually”',
  ],
  feeling: [
    'ashamed',
    'relieved',
    'exhausted',
    'angry',
    'hopeful',
    'frightened',
    'sad',
    'numb',
    'embarrassed',
    'proud',
    'guilty',
    'lonely',
    'calmer',
    'overwhelmed',
    'tender',
    'resentful',
  ],
  weekPhrase: [
    'a bit of a mess',
    'better than expected',
    'really hard',
    'quiet, which was nice',
    'non-stop',
    'the worst in a while',
    'mixed',
    'strangely normal',
  ],
  hardMoment: [
    'lying awake afterwards',
    'the moment before speaking',
    'the drive home',
    'seeing the message',
    'when nobody noticed',
    'the silence at dinner',
    'the Sunday evening',
  ],
  homeworkOutcome: [
    'done most days',
    'started but dropped midweek',
    'left undone, because the week took over',
    'done once, and it helped',
    'adapted in a way that worked better',
    'forgotten until the morning of the session',
  ],
  lifeEvent: [
    'a birthday in the family',
    'a change of shift pattern',
    'a visit from an aunt',
    'moving into a new flat',
    'a friend’s engagement',
    'a job interview',
    'a minor car accident with no injuries',
    'the holidays coming up',
    'a row with a neighbour',
    'exam results',
    'a hospital appointment for a parent',
    'a new puppy',
  ],
  noticed: [
    'tension in the shoulders earlier than usual',
    'a pattern of saying yes too quickly',
    'feeling calmer after the walk',
    'that evenings are the hardest',
    'a pull to cancel the session',
    'how often the inner critic sounded like a teacher',
  ],
  punctuality: [
    'on time',
    'a few minutes early',
    'ten minutes late, apologising',
    'on time, slightly out of breath',
  ],
  appearance: [
    'casually dressed and well groomed',
    'tired-looking',
    'dressed for work',
    'appropriately dressed',
    'bright and chatty',
    'wearing a new coat and pleased with it',
  ],
  affect: ['restricted', 'anxious', 'tearful at times', 'euthymic', 'flat', 'reactive', 'warm', 'guarded'],
  brightener: [
    'a niece',
    'the garden',
    'football',
    'a new recipe',
    'the dog',
    'music practice',
    'a trip to the sea',
  ],
  speech: [
    'normal in rate and volume',
    'quiet and slow',
    'rapid when anxious',
    'fluent',
    'hesitant at first',
  ],
  thought: ['logical and goal-directed', 'circumstantial at times', 'coherent', 'preoccupied with {topic}'],
  eyeContact: ['good', 'fleeting', 'improving as the session went on', 'avoided when discussing {topic}'],
  behaviourObs: [
    'fidgeted with a ring while talking about {topic}',
    'sat forward and engaged',
    'was quiet for long stretches',
    'laughed at the irony of it',
    'checked the phone twice',
    'brought written notes to the session',
    'cried briefly, then steadied',
  ],
  progress: [
    'Steady progress',
    'Some progress',
    'Little change',
    'Clear progress',
    'A setback',
    'Mixed progress',
  ],
  allianceDetail: [
    'agreement on tasks was clear',
    '{Name} said {they} felt listened to',
    'checked the fit of the approach and adjusted',
    'some hesitation about the homework',
    'a disagreement was named openly and welcomed',
  ],
  insight: [
    'linked the worry to earlier experiences',
    'recognised the avoidance as part of the cycle',
    'noticed self-criticism as it happened',
    'was curious about the pattern rather than judging it',
    'saw how the family story shaped the fear',
  ],
  intervention: [
    'Socratic questioning',
    'a thought record',
    'cognitive restructuring',
    'a behavioural experiment',
    'chair work',
    'values clarification',
    'structured problem-solving',
    'externalising conversations',
    'mindful noticing',
    'motivational interviewing',
  ],
  responseVerb: [
    'engaged well with',
    'was sceptical of, but tried,',
    'found it hard at first to use',
    'took readily to',
    'asked to slow down with',
    'added ideas to',
  ],
  feelingAfter: [
    'useful',
    'strange but helpful',
    'too much at first',
    'a relief',
    'hard, and worth it',
    'like a small step',
  ],
  homework: [
    'write down three things that went okay each evening',
    'complete a thought record when the worry peaks',
    'ring a friend',
    'walk for twenty minutes before work',
    'walk for twenty minutes each morning',
  ],
  nextFocus: [
    'review the homework',
    'prepare for {topic}',
    'look at the pattern with the family',
    'return to {topic}',
  ],
};

export const SECTION_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  report: [
    '{Name} reported {sleepQuality} sleep this week and described {their} mood as {moodWord}.',
    '{They} talked about {topic} and said it had left {them} feeling {feeling}.',
    '{Name} arrived saying the week had been “{weekPhrase}”.',
    '{They} described {topic} in some detail; the hardest moment had been {hardMoment}.',
    '{They} mentioned {lifeEvent}, which had taken up much of the week.',
    '{Name} had noticed {noticed}.',
    '{They} wanted to use the session to think about {topic}.',
    '{They} felt {mixedFeelings} about {topic}, which surprised {them}.',
  ],
  observation: [
    'Arrived {punctuality}; {appearance}.',
    'Affect {affect}, congruent with content.',
    'Affect {affect}; brightened when talking about {brightener}.',
    'Speech {speech}; thought process {thought}.',
    'Eye contact {eyeContact}.',
    'No evidence of thought disorder or perceptual disturbance.',
    '{Name} {behaviourObs}.',
  ],
  assessment: [
    'Presentation remained consistent with the formulation: {formulation}',
    '{risk}.',
    'The working alliance felt {alliance}; {allianceDetail}.',
    'Named what keeps the difficulty going.',
    '{Name} knew what to work on today.',
    '{Name} {insight}.',
  ],
  intervention: [
    'Used {intervention} to explore {topic}.',
    'Introduced {intervention}; {Name} practised it in the session.',
    'Validated feeling {feeling} about {topic} and explored what it meant for {them}.',
    'Invited {Name} to say how {their} family and community see {topic}.',
    'Gave psychoeducation on sleep and the stress response.',
  ],
  response: [
    '{Name} {responseVerb} {intervention}.',
    '{They} said it felt {feelingAfter}.',
    'By the end of the session {Name} looked more settled and had a plan for the week.',
    '{They} named one thing to try before next time.',
    'Some resistance at first; {they} then {insight}.',
  ],
  plan: [
    'Continue weekly sessions.',
    'Homework: {homework}.',
    'Next session: {nextFocus}.',
    'Agreed to {homework} and to note what happens.',
  ],
};

/** Sentences that look back on earlier sessions or on agreed goals: never in a first session. */
export const FOLLOW_UP_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  report: [
    '{Name} said the homework had been {homeworkOutcome}.',
    'Self-rated mood {score}/10 and worry {score}/10, compared with the previous session.',
  ],
  assessment: ['{Topic} was easier to approach than a month ago.'],
  intervention: [
    'Reviewed the homework together and problem-solved what got in the way.',
    'Continued {intervention}, building on last session.',
  ],
};
export const GOAL_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  assessment: ['{progress} towards the goals agreed.'],
  plan: ['Review goals in {weeks} weeks.'],
};

/** Said in one session in a few hundred: the benchmark searches for these words as rare ones. */
export const RARE_SENTENCES: readonly string[] = [
  '{They} mentioned taking up the zither again after twenty years.',
  '{They} described a lighthouse visit as the calmest day of the year.',
  '{They} brought a small origami crane made during the week.',
  '{They} talked about restoring a gramophone with an uncle.',
  '{They} spoke about the allotment and the first courgettes.',
  '{They} had started learning the accordion with a neighbour.',
  '{They} mentioned a kintsugi class, where broken bowls are mended with gold, and what that image meant.',
  '{They} described the smell of marzipan at the bakery where a grandmother once worked.',
  '{They} talked about birdwatching at the estuary: a heron, then a kingfisher.',
  '{They} had joined a bell-ringing group on Thursday evenings.',
];

/** {quote} arrives in quotation marks, with its meaning after it when it is not in English. */
export const QUOTE_SENTENCES: readonly string[] = [
  'In {their} own words: {quote}',
  'At one point {they} said: {quote}',
];
export const OWN_LANGUAGE_QUOTE = '{Name} said in {language}: {quote}';

export const ENGLISH_QUOTES: readonly string[] = [
  'I keep waiting for the other shoe to drop.',
  'It’s like I’m watching my life through glass.',
  'I didn’t think I was allowed to be angry about it.',
  'Maybe I’m not broken, just tired.',
  'I said no and the world didn’t end.',
  'I want to stop apologising for existing.',
];

/** What was tried to repair a rupture, in the note's words, with the repair strategies it used. */
export const RUPTURE_REPAIRS: readonly { text: string; repairs: readonly RepairKey[] }[] = [
  {
    text: 'Named the shift in the room and asked what had felt unhelpful; {they} said the homework felt like school. Agreed to make it optional.',
    repairs: ['explore', 'change-task'],
  },
  {
    text: 'Acknowledged my part: I had pushed too fast. We slowed the pace together.',
    repairs: ['acknowledge'],
  },
  {
    text: 'Invited disagreement openly; {they} said {they} felt judged about a family decision. I apologised and clarified what I had meant.',
    repairs: ['explore', 'acknowledge', 'clarify'],
  },
  {
    text: 'Explored the frustration with the pace of therapy; agreed to review goals next session.',
    repairs: ['explore', 'change-task'],
  },
  {
    text: 'Returned to the task with a clearer rationale, and {Name} chose the next step.',
    repairs: ['rationale', 'redirect'],
  },
  {
    text: 'Talked about the silence itself; {they} said it was hard to talk today, and that this was okay.',
    repairs: ['explore', 'validate'],
  },
];

/** What a client sometimes adds in the feedback's free text. */
export const FEEDBACK_MESSAGES: readonly string[] = [
  'Could we start a little later next time? Mornings are hard.',
  'I liked that we slowed down today.',
  'I was not sure about the homework, but I will try.',
  'Thank you for remembering what I said about my mother.',
];

export const PROCESS_NOTES: readonly string[] = [
  'Noticed a strong pull to reassure. Worth bringing to supervision.',
  'Felt protective; check that I am not colluding with the avoidance.',
  'Bored in the second half: what was being avoided, and by whom?',
  'Reminded of my own family at the mention of {topic}; held it lightly.',
  'Unsure whether I understood the cultural meaning of {topic}; ask next time rather than assume.',
  'Relief when {they} laughed. The work felt alive again.',
  'Irritation when the homework was dismissed; notice it and be curious.',
  'Wondering whether the pace suits {them}; {their} politeness may hide disagreement.',
];

export const ADDENDA: readonly string[] = [
  'Correction: the session ended ten minutes early at the client’s request, not as recorded.',
  'Late entry: {Name} phoned the next day to say the week had started better.',
  'Clarification: the homework agreed was to {homework}.',
  'Correction: the session was held by video, not in person.',
];
export const MEDICATION_ADDENDUM =
  'Late entry: letter from the GP received confirming the medication change.';
export const EXPOSURE_ADDENDUM = 'Added after supervision: consider slowing the pace of the exposure work.';

export const CHECKLIST_COMMENTS: readonly string[] = [
  'Checked in about pace',
  'Client named a disagreement',
  'Asked about the family’s view',
  'Explained the rationale first',
  'Could have invited more',
  'Client led the agenda',
  'Came back to this at the end',
  'Missed a cue; picked it up later',
];

export const GOAL_WORK_NOTES: readonly string[] = [
  'Reviewed progress on this goal; {progress}.',
  'Practised the next step in the session.',
  'Small win this week: {Name} managed part of it without help.',
  'Blocked by {lifeEvent}; adjusted the step rather than dropping it.',
  'Rated together at the end of the session.',
];
