import type { Theme } from './themes';

/** Concerns centred on a life situation: mood, loss, work, relationships, identity, migration, parenting. */
export const LIFE_THEMES: readonly Theme[] = [
  {
    key: 'low-mood',
    concern: 'low mood and withdrawal',
    ownWords: [
      'Everything feels grey. I stopped seeing my friends and I don’t really know why.',
      'I sleep all weekend and still feel exhausted.',
    ],
    whyNow: ['GP suggested talking therapy after a check-up.', 'A friend said they were worried.'],
    hopes: ['To feel like myself again.', 'To want to do things, not just get through them.'],
    formulation: [
      'Low mood maintained by withdrawal and loss of rewarding activity; self-critical rumination in the evenings.',
      'Low mood lifted briefly when routines were kept; behavioural activation as a first step.',
    ],
    topics: [
      'the weekly activity diary',
      'a quiet weekend',
      'seeing a friend for coffee',
      'rumination in the evenings',
      'getting back to swimming',
      'the GP review',
    ],
    interventions: [
      'behavioural activation planning',
      'an activity diary review',
      'scheduling pleasant activities',
    ],
    homework: ['keep the activity diary', 'plan one thing to look forward to'],
    goals: [
      {
        clientWords: 'I want to see my friends again instead of cancelling.',
        framing: 'Behavioural activation focused on social contact; address avoidance-driven cancellations.',
        why: 'Friends were the best part of life before this started.',
        steps: [
          ['Plan one social contact a week', 'client'],
          ['Review the activity diary', 'together'],
        ],
        levels: [
          'No social contact',
          'One contact a month',
          'One contact a week',
          'Two or three contacts a week',
          'Initiates plans and enjoys them',
        ],
      },
      {
        clientWords: 'I want a morning routine that gets me out of the house.',
        framing: 'Stabilise sleep and morning activation; reduce weekend oversleeping.',
        why: 'Mornings decide how the whole day goes.',
        steps: [
          ['Fixed waking time, also at weekends', 'client'],
          ['Short walk before nine', 'client'],
        ],
        levels: [
          'In bed past noon most days',
          'Up by ten some days',
          'Up by eight and out on weekdays',
          'Routine kept on most weekends too',
          'Routine is automatic; adds exercise',
        ],
      },
    ],
  },
  {
    key: 'grief',
    // Mum has died: not for someone whose household or family on record includes her.
    fits: (p) => !/mother|parents/i.test(p.household.text),
    concern: 'grief after the death of a parent',
    ownWords: [
      'Since Mum died I can’t make myself go through her things.',
      'People expect me to be over it by now.',
    ],
    whyNow: ['The first anniversary is coming.', 'Siblings want to sell the family home.'],
    hopes: ['To remember her without falling apart.', 'To stop feeling guilty about the last weeks.'],
    formulation: [
      'Grief complicated by guilt about the hospital decisions and by family conflict over the estate.',
      'Grief kept raw by avoiding reminders while also ruminating.',
    ],
    topics: [
      'the anniversary',
      'Mum’s garden',
      'sorting the photographs',
      'guilt about the hospital',
      'the family home',
      'a dream about Mum',
    ],
    interventions: [
      'a timeline of the loss',
      'compassionate letter writing',
      'memory work with a photograph',
    ],
    homework: ['bring a photo to the next session', 'write a few lines of the letter to Mum'],
    goals: [
      {
        clientWords: 'I want to be able to talk about Mum without shutting down.',
        framing: 'Process the loss through memory work and gradual approach to reminders.',
        why: 'The family talk about her and I leave the room.',
        steps: [
          ['Choose one object to bring and talk about', 'client'],
          ['Write a letter to her', 'client'],
        ],
        levels: [
          'Cannot mention her',
          'Mentions her briefly in session',
          'Talks about her in session and with one person',
          'Shares stories with family',
          'Leads a family remembrance',
        ],
      },
    ],
  },
  {
    key: 'burnout',
    fits: (p) => p.occupation === 'employed',
    concern: 'work stress and burnout',
    ownWords: [
      'I answer emails at midnight and still feel behind.',
      'I used to love my job. Now I dread Sunday evenings.',
    ],
    whyNow: ['Signed off work for two weeks by the GP.', 'A friend said I looked grey with tiredness.'],
    hopes: ['To work without it swallowing everything.', 'To be able to say no.'],
    formulation: [
      'Burnout from high standards and difficulty setting limits; worth tied to productivity.',
      'Burnout: exhaustion with a reduced sense of accomplishment; nights disrupted by work thoughts.',
    ],
    topics: [
      'a meeting with the manager',
      'answering emails at night',
      'saying no to a new project',
      'the return-to-work plan',
      'a weekend without the laptop',
      'the annual review',
    ],
    interventions: ['values clarification about work', 'boundary setting', 'a weekly energy audit'],
    homework: ['put the laptop away by seven', 'say no to one request'],
    goals: [
      {
        clientWords: 'I want to stop working in the evenings.',
        framing: 'Boundaries around work hours; challenge beliefs linking rest with failure.',
        why: 'Evenings are the only time left for the people I love.',
        steps: [
          ['Laptop away by seven', 'client'],
          ['Agree response times with the team', 'client'],
        ],
        levels: [
          'Works every evening',
          'Works most evenings',
          'Two or fewer work evenings a week',
          'No work evenings',
          'No work evenings and protects weekends',
        ],
      },
      {
        clientWords: 'I want to go back to work in a way that lasts.',
        framing: 'Graded return to work with a plan agreed with occupational health.',
        why: 'The job pays the mortgage, and parts of it still matter.',
        steps: [
          ['Draft the phased return', 'together'],
          ['Meet occupational health', 'someone else'],
        ],
        levels: [
          'Still signed off',
          'Phased return stalls',
          'Phased return completed',
          'Back full time with boundaries kept',
          'Back full time and has renegotiated the role',
        ],
      },
    ],
  },
  {
    key: 'relationship',
    fits: (p) => p.household.partner,
    concern: 'relationship conflict',
    ownWords: [
      'We keep having the same argument and it ends with one of us walking out.',
      'I don’t know if I want to stay.',
    ],
    whyNow: [
      'Partner suggested couples work; client wanted individual space first.',
      'A row loud enough that the neighbours knocked.',
    ],
    hopes: ['To understand my part in it.', 'To decide about the relationship calmly, not in a fight.'],
    formulation: [
      'Relationship conflict in a pursue–withdraw cycle; client withdraws when criticised, partner escalates.',
      'Relationship conflict feels dangerous after early experiences of unpredictable anger.',
    ],
    topics: [
      'the argument about money',
      'the pursue–withdraw cycle',
      'a calm conversation at the weekend',
      'the in-laws visiting',
      'what staying or leaving would mean',
      'a repair after a row',
    ],
    interventions: [
      'mapping the pursue–withdraw cycle',
      'role play of the conversation',
      'planning a time-out and return',
    ],
    homework: ['agree a time-out signal', 'notice the moment of walking out'],
    goals: [
      {
        clientWords: 'I want to stay in the room when we argue.',
        framing: 'Build tolerance of conflict; use time-outs with an agreed return.',
        why: 'Walking out leaves everything unresolved.',
        steps: [
          ['Agree a time-out signal with partner', 'client'],
          ['Practise the return conversation', 'together'],
        ],
        levels: [
          'Leaves every argument',
          'Leaves most arguments',
          'Uses time-out and comes back',
          'Stays and speaks calmly most times',
          'Raises difficult topics before they become rows',
        ],
      },
    ],
  },
  {
    key: 'identity',
    fits: (p) => p.age < 50 && (p.orientation !== 'straight' || p.trans || p.gender === 'non-binary'),
    concern: 'coming out and family acceptance',
    ownWords: ['I haven’t told my parents and it is eating me up.', 'I feel like I live two lives.'],
    whyNow: ['A sibling asked outright.', 'Cousin’s wedding where everyone will ask.'],
    hopes: ['To stop hiding who I am.', 'To keep my family if I can.'],
    formulation: [
      'Coming out weighed against anticipated rejection and internalised shame; strong family loyalty pulls the other way.',
      'Coming out on the client’s own timing; cultural meanings of family are central.',
    ],
    topics: [
      'telling a sibling first',
      'the cousin’s wedding',
      'what the family might say',
      'a friend’s patience',
      'community and belonging',
      'feeling at home in two places',
    ],
    interventions: ['mapping who is safe to tell', 'values clarification', 'a genogram'],
    homework: ['write down who to tell first', 'talk to one trusted person'],
    goals: [
      {
        clientWords: 'I want to decide who to tell and when, on my terms.',
        framing: 'Explore values and safety; plan disclosure at the client’s pace.',
        why: 'Living two lives is exhausting.',
        steps: [
          ['Map who is safe to tell', 'together'],
          ['Talk to one trusted person', 'client'],
        ],
        levels: [
          'Tells no one and feels stuck',
          'Thinks about telling but avoids',
          'Tells one trusted person',
          'Tells close family members chosen',
          'Lives openly where chosen and feels supported',
        ],
      },
    ],
  },
  {
    key: 'acculturation',
    fits: (p) =>
      (p.migration.arrivedAt ?? 0) >= 16 && (p.occupation === 'employed' || p.occupation === 'between'),
    concern: 'isolation and stress after migrating',
    ownWords: ['Here I am nobody. At home people knew who I was.', 'I smile at work and cry on the train.'],
    whyNow: ['Visa renewal and the waiting.', 'A parent back home is unwell.'],
    hopes: ['To feel I belong somewhere again.', 'To build a life here without losing who I was.'],
    formulation: [
      'Since migrating: loss of status, language and community, alongside practical stressors.',
      'Since migrating, isolation is the main maintaining factor; humour and a strong sense of duty are strengths.',
    ],
    topics: [
      'the language course',
      'a call with family back home',
      'the visa letter',
      'a community event',
      'cooking food from home',
      'being misunderstood at work',
    ],
    interventions: [
      'a map of support here and at home',
      'structured problem-solving',
      'a timeline of the move',
    ],
    homework: ['go to one community event', 'call a former colleague'],
    goals: [
      {
        clientWords: 'I want to have people here I can call.',
        framing: 'Build a local support network; reduce isolation.',
        why: 'Nobody here would notice if something happened.',
        steps: [
          ['Join one community group', 'client'],
          ['Look up local services together', 'together'],
        ],
        levels: [
          'No local contacts',
          'Knows people but no one to call',
          'One person to call',
          'A small circle of friends',
          'Part of a community and helps others settle',
        ],
      },
      {
        clientWords: 'I want to work in my own field again.',
        framing: 'Plan requalification steps; address shame about current work.',
        why: 'The work I trained for was who I was.',
        steps: [
          ['Find out what recognition is needed', 'client'],
          ['Ask the careers service', 'someone else'],
        ],
        levels: [
          'No steps taken',
          'Information gathered',
          'Application started',
          'Course or placement begun',
          'Working in the field',
        ],
      },
    ],
  },
  {
    key: 'parenting',
    fits: (p) => p.household.children === 'young',
    concern: 'parenting stress and anger',
    ownWords: ['I shout at my son and then lie awake hating myself.', 'I am turning into my father.'],
    whyNow: [
      'School called about the child’s behaviour.',
      'Evenings alone with the children since a new shift pattern.',
    ],
    hopes: ['To be the parent I wanted to have.', 'To stay calm at bedtime.'],
    formulation: [
      'Parenting under strain: anger rises fast with tiredness and noise; shame afterwards feeds the next outburst.',
      'Parenting shaped by the harshness of the client’s own childhood, a template to break.',
    ],
    topics: [
      'bedtime',
      'the school meeting',
      'a calm morning',
      'noticing the early signs of anger',
      'repair with the child',
      'time for self',
    ],
    interventions: [
      'noticing the early signs of anger',
      'planning a repair with the child',
      'a predictable routine',
    ],
    homework: ['notice the first sign of anger and step out', 'plan the bedtime routine'],
    goals: [
      {
        clientWords: 'I want bedtime without shouting.',
        framing: 'Early-warning signs of anger; pause and repair; predictable routine.',
        why: 'Bedtime should be the best part of the day.',
        steps: [
          ['Notice the first sign and step out', 'client'],
          ['Plan the bedtime routine', 'together'],
        ],
        levels: [
          'Shouting most nights',
          'Shouting several nights a week',
          'Shouting once a week or less',
          'Calm bedtimes; repairs when it slips',
          'Bedtime is enjoyable for both',
        ],
      },
    ],
  },
];
