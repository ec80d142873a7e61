/**
 * What brings a client to therapy, as the generator tells it: the client's words, the clinician's
 * framing, goals with their five attainment levels, and the topics sessions return to. Invented,
 * written to read like a real record without describing anyone.
 */
export interface GoalTemplate {
  clientWords: string;
  framing: string;
  why: string;
  steps: readonly (readonly [string, 'client' | 'clinician' | 'together' | 'someone else'])[];
  /** Much less than expected, less, expected, more, much more. */
  levels: readonly [string, string, string, string, string];
}

export interface Theme {
  key: string;
  concern: string;
  ownWords: readonly string[];
  whyNow: readonly string[];
  hopes: readonly string[];
  formulation: readonly string[];
  topics: readonly string[];
  goals: readonly GoalTemplate[];
}

export const THEMES: readonly Theme[] = [
  {
    key: 'panic',
    concern: 'panic attacks and avoidance of travel',
    ownWords: [
      'I get these attacks where my heart races and I am sure I am going to die.',
      'I can’t get on a bus any more without planning how to get off it.',
    ],
    whyNow: [
      'Sister’s wedding abroad in the spring; cannot imagine the flight.',
      'Missed two work trips; manager has noticed.',
    ],
    hopes: ['To travel again without planning every exit.', 'To stop being scared of my own heartbeat.'],
    formulation: [
      'Panic cycle maintained by catastrophic reading of bodily sensations and by escape and safety behaviours.',
      'Avoidance has generalised from buses to trains and queues.',
    ],
    topics: [
      'a panic attack on the bus',
      'planning the flight',
      'the interoceptive exposure practice',
      'checking the pulse',
      'the wedding preparations',
      'a crowded supermarket',
    ],
    goals: [
      {
        clientWords: 'I want to go to my sister’s wedding without a panic attack.',
        framing:
          'Reduce panic frequency and avoidance through graded exposure and reappraisal of bodily sensations.',
        why: 'Being there for her sister matters more than anything this year.',
        steps: [
          ['Practise the breathing and sensation exercises daily', 'client'],
          ['Build the exposure ladder together', 'together'],
          ['Book a short trial flight', 'client'],
        ],
        levels: [
          'Does not attend the wedding',
          'Attends part of the day, leaves early',
          'Attends the whole day with some anxiety',
          'Attends and enjoys most of it',
          'Attends, gives a speech and stays for the evening',
        ],
      },
      {
        clientWords: 'I want to take the bus to work again.',
        framing: 'Graded exposure to public transport; drop safety behaviours one at a time.',
        why: 'Taxis cost too much and the walk takes an hour.',
        steps: [
          ['Ride one stop, then two', 'client'],
          ['Review the ladder each session', 'clinician'],
        ],
        levels: [
          'No bus journeys',
          'Short journeys with a companion',
          'Daily commute with some anxiety',
          'Commute plus one other journey a week',
          'Uses buses freely, without planning exits',
        ],
      },
    ],
  },
  {
    key: 'low-mood',
    concern: 'low mood and withdrawal',
    ownWords: [
      'Everything feels grey. I stopped seeing my friends and I don’t really know why.',
      'I sleep all weekend and still feel exhausted.',
    ],
    whyNow: [
      'GP suggested talking therapy after a review of medication.',
      'A friend said they were worried.',
    ],
    hopes: ['To feel like myself again.', 'To want to do things, not just get through them.'],
    formulation: [
      'Low mood maintained by withdrawal and loss of rewarding activity; self-critical rumination in the evenings.',
      'Mood lifted briefly when routines were kept; suggests behavioural activation as a first step.',
    ],
    topics: [
      'the weekly activity diary',
      'a quiet weekend',
      'seeing a friend for coffee',
      'rumination in the evenings',
      'getting back to swimming',
      'the GP review',
    ],
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
    concern: 'grief after the death of a parent',
    ownWords: [
      'Since Mum died I can’t make myself go through her things.',
      'People expect me to be over it by now.',
    ],
    whyNow: ['The first anniversary is coming.', 'Siblings want to sell the family home.'],
    hopes: ['To remember her without falling apart.', 'To stop feeling guilty about the last weeks.'],
    formulation: [
      'Grief complicated by guilt about the hospital decisions and by family conflict over the estate.',
      'Avoids reminders while also ruminating; both keep the loss raw.',
    ],
    topics: [
      'the anniversary',
      'her mother’s garden',
      'sorting the photographs',
      'guilt about the hospital',
      'the family home',
      'a dream about her',
    ],
    goals: [
      {
        clientWords: 'I want to be able to talk about her without shutting down.',
        framing: 'Process the loss through memory work and gradual approach to reminders.',
        why: 'Her children ask about their grandmother.',
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
    concern: 'work stress and burnout',
    ownWords: [
      'I answer emails at midnight and still feel behind.',
      'I used to love my job. Now I dread Sunday evenings.',
    ],
    whyNow: ['Signed off work for two weeks by the GP.', 'Partner said it was affecting the family.'],
    hopes: ['To work without it swallowing everything.', 'To be able to say no.'],
    formulation: [
      'High standards and difficulty setting limits; worth tied to productivity.',
      'Exhaustion with reduced sense of accomplishment; sleep disrupted by work thoughts.',
    ],
    topics: [
      'a meeting with the manager',
      'answering emails at night',
      'saying no to a new project',
      'the return-to-work plan',
      'a weekend without the laptop',
      'the annual review',
    ],
    goals: [
      {
        clientWords: 'I want to stop working in the evenings.',
        framing: 'Boundaries around work hours; challenge beliefs linking rest with failure.',
        why: 'Evenings are the only time with the children.',
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
    concern: 'relationship conflict',
    ownWords: [
      'We keep having the same argument and it ends with one of us walking out.',
      'I don’t know if I want to stay.',
    ],
    whyNow: [
      'Partner suggested couples work; client wanted individual space first.',
      'An argument in front of the children.',
    ],
    hopes: ['To understand my part in it.', 'To decide about the relationship calmly, not in a fight.'],
    formulation: [
      'Pursue–withdraw cycle; client withdraws when criticised, partner escalates.',
      'Early experiences of unpredictable anger make conflict feel dangerous.',
    ],
    topics: [
      'the argument about money',
      'the pursue–withdraw cycle',
      'a calm conversation at the weekend',
      'the in-laws visiting',
      'what staying or leaving would mean',
      'a repair after a row',
    ],
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
    key: 'trauma',
    concern: 'intrusive memories after an assault',
    ownWords: [
      'It comes back when I smell a certain aftershave and I’m there again.',
      'I don’t go out after dark any more.',
    ],
    whyNow: ['Court date set for next year.', 'Started a new job with late shifts.'],
    hopes: ['To feel safe in my own town.', 'For the memories to feel like the past.'],
    formulation: [
      'Post-traumatic stress: intrusions, hypervigilance and avoidance of evenings; memory poorly contextualised.',
      'Stabilisation and grounding first; trauma-focused work once safety and support are in place.',
    ],
    topics: [
      'a flashback at work',
      'grounding with the five senses',
      'walking home in the dark',
      'the court letter',
      'sleep and nightmares',
      'the safe-place exercise',
    ],
    goals: [
      {
        clientWords: 'I want to walk home after my late shift.',
        framing: 'Reduce avoidance of evening travel with grounding and graded approach.',
        why: 'Depending on lifts makes me feel like it still controls me.',
        steps: [
          ['Practise grounding twice a day', 'client'],
          ['Walk the route in daylight first', 'client'],
          ['Plan the first evening walk', 'together'],
        ],
        levels: [
          'Never out after dark',
          'Out after dark only with someone',
          'Walks home alone with some fear',
          'Walks home most evenings calmly',
          'Goes out in the evening for pleasure',
        ],
      },
    ],
  },
  {
    key: 'sleep',
    concern: 'insomnia',
    ownWords: ['I lie awake until three, then the alarm goes at six.', 'My mind won’t switch off.'],
    whyNow: ['Made a mistake at work from tiredness.', 'Sleeping tablets are no longer prescribed.'],
    hopes: ['To fall asleep without dreading the night.', 'Six hours would change everything.'],
    formulation: [
      'Conditioned arousal in bed and worry about sleep itself; long time in bed awake.',
      'Sleep restriction and stimulus control indicated alongside work on night-time worry.',
    ],
    topics: [
      'the sleep diary',
      'the worry period',
      'getting up when awake',
      'caffeine after lunch',
      'a better week of sleep',
      'napping',
    ],
    goals: [
      {
        clientWords: 'I want to fall asleep within half an hour most nights.',
        framing: 'Stimulus control and scheduled worry time; consistent rise time.',
        why: 'Being rested makes everything else possible.',
        steps: [
          ['Keep the sleep diary', 'client'],
          ['Set the sleep window together', 'together'],
        ],
        levels: [
          'Awake over two hours most nights',
          'Awake an hour or more most nights',
          'Asleep within 30 minutes on four nights a week',
          'Asleep within 30 minutes most nights',
          'Sleeps well without a plan',
        ],
      },
    ],
  },
  {
    key: 'identity',
    concern: 'coming out and family acceptance',
    ownWords: ['I haven’t told my parents and it is eating me up.', 'I feel like I live two lives.'],
    whyNow: ['Partner wants to meet the family.', 'Cousin’s wedding where everyone will ask.'],
    hopes: ['To stop hiding who I am.', 'To keep my family if I can.'],
    formulation: [
      'Anticipated rejection and internalised shame; strong family loyalty pulls the other way.',
      'Cultural and religious meanings of family central; the decision is the client’s own timing.',
    ],
    topics: [
      'telling a sibling first',
      'the cousin’s wedding',
      'what the family might say',
      'the partner’s patience',
      'community and faith',
      'feeling at home in two places',
    ],
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
    concern: 'isolation and stress after migrating',
    ownWords: ['Here I am nobody. At home I was a teacher.', 'I smile at work and cry on the train.'],
    whyNow: ['Visa renewal and the waiting.', 'A parent back home is unwell.'],
    hopes: ['To feel I belong somewhere again.', 'To build a life here without losing who I was.'],
    formulation: [
      'Loss of status, language and community; grief for home alongside practical stressors.',
      'Strengths: faith, humour, a strong sense of duty; isolation is the main maintaining factor.',
    ],
    topics: [
      'the language course',
      'a call with family back home',
      'the visa letter',
      'a community event',
      'cooking food from home',
      'being misunderstood at work',
    ],
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
        why: 'Teaching was who I was.',
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
    concern: 'parenting stress and anger',
    ownWords: ['I shout at my son and then lie awake hating myself.', 'I am turning into my father.'],
    whyNow: ['School called about the child’s behaviour.', 'Partner works away; alone with the children.'],
    hopes: ['To be the parent I wanted to have.', 'To stay calm at bedtime.'],
    formulation: [
      'Anger rises fast under tiredness and noise; shame afterwards feeds the next outburst.',
      'Own childhood harshness is a template the client wants to break.',
    ],
    topics: [
      'bedtime',
      'the school meeting',
      'a calm morning',
      'noticing the early signs of anger',
      'repair with the child',
      'time for self',
    ],
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
  {
    key: 'health-anxiety',
    concern: 'health anxiety',
    ownWords: ['Every headache is a tumour until a doctor says it isn’t.', 'I search symptoms for hours.'],
    whyNow: ['Fourth visit to the GP in a month.', 'Partner found the search history.'],
    hopes: ['To trust my body a bit.', 'To spend evenings on something else.'],
    formulation: [
      'Checking and reassurance-seeking relieve anxiety briefly and keep it going.',
      'Illness of a parent in childhood shaped the belief that symptoms are always serious.',
    ],
    topics: [
      'symptom searching',
      'a headache at work',
      'reassurance from the partner',
      'the GP appointment',
      'a day without checking',
      'the body scan',
    ],
    goals: [
      {
        clientWords: 'I want to stop searching symptoms online.',
        framing: 'Reduce checking and reassurance-seeking; tolerate uncertainty.',
        why: 'The searching eats whole evenings.',
        steps: [
          ['Log urges instead of searching', 'client'],
          ['Agree a reassurance plan with partner', 'together'],
        ],
        levels: [
          'Searches daily for hours',
          'Searches most days',
          'Searches once a week or less',
          'Rarely searches; urges pass',
          'No searching; curious rather than afraid',
        ],
      },
    ],
  },
  {
    key: 'social-anxiety',
    concern: 'social anxiety',
    ownWords: ['I rehearse every sentence and still freeze.', 'I eat lunch in the car.'],
    whyNow: ['Promotion means presenting to the board.', 'University seminar participation is graded.'],
    hopes: ['To speak up without my face burning.', 'To eat lunch with colleagues.'],
    formulation: [
      'Self-focused attention and safety behaviours (rehearsing, avoiding eye contact) keep fear going.',
      'Post-event rumination replays every exchange.',
    ],
    topics: [
      'the presentation',
      'lunch with colleagues',
      'video feedback',
      'the post-event replay',
      'dropping a safety behaviour',
      'a phone call',
    ],
    goals: [
      {
        clientWords: 'I want to give the quarterly presentation.',
        framing: 'Behavioural experiments dropping safety behaviours; shift attention outward.',
        why: 'The promotion depends on it.',
        steps: [
          ['Practise with video feedback', 'together'],
          ['Speak once in each team meeting', 'client'],
        ],
        levels: [
          'Avoids presenting',
          'Presents a short part with a colleague',
          'Presents the whole update with anxiety',
          'Presents and takes questions',
          'Volunteers to present',
        ],
      },
    ],
  },
];
