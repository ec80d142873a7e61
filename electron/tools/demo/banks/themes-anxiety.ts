import type { Theme } from './themes';

/** Concerns centred on fear: panic, trauma, sleep, health and social anxiety. */
export const ANXIETY_THEMES: readonly Theme[] = [
  {
    key: 'panic',
    exposure: true,
    concern: 'panic attacks and avoidance of travel',
    ownWords: [
      'I get these attacks where my heart races and I am sure I am going to die.',
      'I can’t get on a bus any more without planning how to get off it.',
    ],
    whyNow: [
      'Sister’s wedding abroad in the spring; cannot imagine the flight.',
      'Has stopped using buses and trains altogether.',
    ],
    hopes: ['To travel again without planning every exit.', 'To stop being scared of my own heartbeat.'],
    formulation: [
      'Panic cycle maintained by catastrophic reading of bodily sensations and by escape and safety behaviours.',
      'Panic-driven avoidance has generalised from buses to trains and queues.',
    ],
    topics: [
      'a panic attack on the bus',
      'planning the flight',
      'the interoceptive exposure practice',
      'checking the pulse',
      'the wedding preparations',
      'a crowded supermarket',
    ],
    interventions: ['interoceptive exposure', 'psychoeducation about the panic cycle', 'paced breathing'],
    homework: ['practise the breathing twice a day', 'take one step from the exposure ladder'],
    goals: [
      {
        clientWords: 'I want to go to my sister’s wedding without a panic attack.',
        framing:
          'Reduce panic frequency and avoidance through graded exposure and reappraisal of bodily sensations.',
        why: 'Being at the wedding matters more than anything this year.',
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
    key: 'trauma',
    fits: (p) => p.age >= 18,
    exposure: true,
    concern: 'intrusive memories after an assault',
    ownWords: [
      'It comes back when I smell a certain aftershave and I’m there again.',
      'I don’t go out after dark any more.',
    ],
    whyNow: ['Court date set for next year.', 'The nights are drawing in.'],
    hopes: ['To feel safe in my own town.', 'For the memories to feel like the past.'],
    formulation: [
      'Post-traumatic stress: intrusions, hypervigilance and avoidance of evenings; the trauma memory is poorly contextualised.',
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
    interventions: ['grounding with the five senses', 'imagery rescripting', 'the safe-place exercise'],
    homework: ['practise grounding twice a day', 'walk one stretch of the route in daylight'],
    goals: [
      {
        clientWords: 'I want to walk home after dark on my own.',
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
    whyNow: ['Made a frightening mistake from tiredness.', 'Over-the-counter sleep aids stopped working.'],
    hopes: ['To fall asleep without dreading the night.', 'Six hours would change everything.'],
    formulation: [
      'Insomnia kept going by conditioned arousal in bed and worry about sleep itself; long time in bed awake.',
      'Insomnia: sleep restriction and stimulus control indicated alongside work on night-time worry.',
    ],
    topics: [
      'the sleep diary',
      'the worry period',
      'getting up when awake',
      'caffeine after lunch',
      'a better week of sleep',
      'napping',
    ],
    interventions: ['stimulus control', 'a sleep window', 'a scheduled worry period'],
    homework: ['keep the sleep diary', 'try the worry period at six', 'read the leaflet on sleep'],
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
    key: 'health-anxiety',
    exposure: true,
    concern: 'health anxiety',
    ownWords: ['Every headache is a tumour until a doctor says it isn’t.', 'I search symptoms for hours.'],
    whyNow: ['Fourth visit to the GP in a month.', 'Spent a whole weekend searching one symptom.'],
    hopes: ['To trust my body a bit.', 'To spend evenings on something else.'],
    formulation: [
      'Health anxiety: checking and reassurance-seeking relieve it briefly and keep it going.',
      'Health anxiety rooted in a parent’s illness in childhood: symptoms are always serious.',
    ],
    topics: [
      'symptom searching',
      'a headache at work',
      'asking family for reassurance',
      'the GP appointment',
      'a day without checking',
      'the body scan',
    ],
    interventions: [
      'psychoeducation about the anxiety cycle',
      'a behavioural experiment on checking',
      'the body scan',
    ],
    homework: ['log urges instead of searching', 'go one day without checking'],
    goals: [
      {
        clientWords: 'I want to stop searching symptoms online.',
        framing: 'Reduce checking and reassurance-seeking; tolerate uncertainty.',
        why: 'The searching eats whole evenings.',
        steps: [
          ['Log urges instead of searching', 'client'],
          ['Agree a reassurance plan with family', 'together'],
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
    fits: (p) => p.occupation === 'employed',
    exposure: true,
    concern: 'social anxiety',
    ownWords: ['I rehearse every sentence and still freeze.', 'I eat lunch in the car.'],
    whyNow: ['Promotion means presenting to the board.', 'A new team where everyone eats lunch together.'],
    hopes: ['To speak up without my face burning.', 'To eat lunch with colleagues.'],
    formulation: [
      'Social anxiety kept going by self-focused attention and safety behaviours (rehearsing, avoiding eye contact).',
      'Social anxiety fed by post-event rumination that replays every exchange.',
    ],
    topics: [
      'the presentation',
      'lunch with colleagues',
      'video feedback',
      'the post-event replay',
      'dropping a safety behaviour',
      'a phone call',
    ],
    interventions: ['video feedback', 'shifting attention outward', 'dropping a safety behaviour'],
    homework: ['speak once in the team meeting', 'eat lunch with colleagues once'],
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
