/**
 * The structure of the cultural background section. The ten ADDRESSING domains (Hays) and the four
 * Cultural Formulation domains (DSM-5) are public frameworks; every prompt below is our own wording,
 * written to invite the client's own words rather than a category.
 */
export const ADDRESSING_DOMAINS = [
  {
    key: 'age',
    title: 'Age and generational influences',
    prompt:
      'Their age and the generation they grew up in: events, values or expectations of that time that still shape them.',
  },
  {
    key: 'developmentalDisability',
    title: 'Developmental disability',
    prompt: 'Any developmental disability, their own or in the family, and what it means in their life.',
  },
  {
    key: 'acquiredDisability',
    title: 'Disability acquired later in life',
    prompt: 'Any disability, illness or injury that came later, and how it changed daily life or identity.',
  },
  {
    key: 'religion',
    title: 'Religion and spiritual orientation',
    prompt: 'Faith, spirituality or beliefs (including none) that matter to them, now or growing up.',
  },
  {
    key: 'ethnicity',
    title: 'Ethnic and racial identity',
    prompt: 'How they describe their ethnic and racial identity, and experiences connected with it.',
  },
  {
    key: 'socioeconomic',
    title: 'Socioeconomic status',
    prompt: 'Work, education, money and class, then and now, as they see them.',
  },
  {
    key: 'sexualOrientation',
    title: 'Sexual orientation',
    prompt: 'How they describe their sexual orientation, if they wish to.',
  },
  {
    key: 'indigenousHeritage',
    title: 'Indigenous heritage',
    prompt: 'Any Indigenous heritage, community or land connection that is part of who they are.',
  },
  {
    key: 'nationalOrigin',
    title: 'National origin',
    prompt: 'Where they and their family come from, and their relationship to that place now.',
  },
  {
    key: 'gender',
    title: 'Gender',
    prompt: 'How they describe their gender, and expectations about gender they have lived with.',
  },
] as const;

export const FORMULATION_DOMAINS = [
  {
    key: 'definition',
    title: 'How they understand the problem',
    prompts: [
      { key: 'ownWords', text: 'How would they put what is troubling them, in their own words?' },
      { key: 'othersView', text: 'How do family, friends or their community describe it?' },
      { key: 'hardest', text: 'What troubles them most about it?' },
    ],
  },
  {
    key: 'causeContext',
    title: 'What they see as causes, context and support',
    prompts: [
      { key: 'cause', text: 'What do they think brought this about? What do people around them think?' },
      {
        key: 'stressors',
        text: 'What in their life makes it harder: relationships, money, discrimination, place?',
      },
      { key: 'supports', text: 'Who or what makes it easier to bear?' },
      {
        key: 'identityRole',
        text: 'Which parts of their background or identity matter most for this difficulty?',
      },
    ],
  },
  {
    key: 'copingHelpSeeking',
    title: 'Coping and help they have sought before',
    prompts: [
      { key: 'coping', text: 'What have they done on their own to cope with it?' },
      {
        key: 'pastHelp',
        text: 'What help have they looked for before (health care, faith, family, healers), and how did it go?',
      },
      {
        key: 'barriers',
        text: 'What has stood in the way of getting help: cost, stigma, language, past experiences?',
      },
    ],
  },
  {
    key: 'currentHelpSeeking',
    title: 'What they hope for now, and the relationship with you',
    prompts: [
      { key: 'hopes', text: 'What would be most helpful now? What do they hope for from this work?' },
      { key: 'otherHelp', text: 'What other kinds of help do people close to them suggest?' },
      {
        key: 'relationship',
        text: 'Any concern about working with you, for example differences in background, that would help to name?',
      },
    ],
  },
] as const;

export type AddressingKey = (typeof ADDRESSING_DOMAINS)[number]['key'];
export type FormulationKey = (typeof FORMULATION_DOMAINS)[number]['key'];
