import type { z } from 'zod';
import type { ChecklistAnswer } from '../../../shared/notes/checklist-defaults';
import type { noteContent } from '../../../shared/notes/note-contract';
import { FEEDBACK_FORM_2 } from '../../../shared/notes/feedback-forms';
import type { NoteFormat } from '../../../shared/notes/note-formats';
import {
  CONFRONTATION_MARKERS,
  WITHDRAWAL_MARKERS,
  type MarkerKey,
} from '../../../shared/notes/rupture-lists';
import type { RuptureKind } from './alliance-drift';
import {
  CHECKLIST_COMMENTS,
  ENGLISH_QUOTES,
  FEEDBACK_MESSAGES,
  FOLLOW_UP_SENTENCES,
  GOAL_SENTENCES,
  GOAL_WORK_NOTES,
  OWN_LANGUAGE_QUOTE,
  QUOTE_SENTENCES,
  RARE_SENTENCES,
  RUPTURE_REPAIRS,
  SECTION_SENTENCES,
  SLOTS,
} from './banks/note-phrases';
import type { Theme } from './banks/themes';
import type { DemoPerson } from './demo-person';
import { suits } from './person-profile';
import { fill, paragraph, type Slots } from './phrase-filler';
import type { SeededRandom } from './seeded-random';

type NoteContentInput = z.input<typeof noteContent>;

export interface SessionToWrite {
  person: DemoPerson;
  theme: Theme;
  date: string;
  start: string;
  end: string;
  modality: 'in-person' | 'video' | 'phone';
  format: NoteFormat;
  number: number;
  kind: 'first' | 'ongoing' | 'last';
  alliance: number;
  /** The session's ruptures: the first is the one the alliance dropped with; a second is smaller. */
  rupture: { kind: RuptureKind; resolved: 'yes' | 'partly' | 'no'; events: 1 | 2 } | null;
  /** The goals worked on, for a GIRP note, with the level reached today (null: not rated). */
  goals: { goalKey: string; clientWords: string; level: -2 | -1 | 0 | 1 | 2 | null }[];
  checklist: readonly { itemId: number; group: string }[];
}

const NOT_ADDRESSED_BY_GROUP: Record<string, number> = { culture: 0.35, growth: 0.15 };

/**
 * The slots every note about this client may use, drawn from their own concern, risk story and
 * life: homework and interventions for the concern at hand, events that fit their days.
 */
export function personSlots(person: DemoPerson, theme: Theme, rng: SeededRandom): Slots {
  const own = (bank: readonly string[]) => rng.pick(bank.filter((text) => suits(text, person.profile)));
  return {
    ...person.voice,
    topic: () => rng.pick(theme.topics),
    formulation: person.formulation[person.themes.indexOf(theme)] ?? person.formulation[0]!,
    risk: () => rng.pick(person.risk.sessionLines),
    intervention: () => (rng.chance(0.5) ? rng.pick(theme.interventions) : rng.pick(SLOTS.intervention!)),
    homework: () => (rng.chance(0.6) ? rng.pick(theme.homework) : own(SLOTS.homework!)),
    lifeEvent: () => own(SLOTS.lifeEvent!),
  };
}

function allianceWord(value: number): string {
  if (value > 0.8) return 'strong';
  if (value > 0.6) return 'good';
  if (value > 0.4) return 'still developing';
  return 'strained';
}

function quote(session: SessionToWrite, rng: SeededRandom): string {
  const { phrases, language } = session.person.culture;
  if (phrases.length > 0 && rng.chance(0.6)) {
    const phrase = rng.pick(phrases);
    const sentence = rng.chance(0.5) ? OWN_LANGUAGE_QUOTE : rng.pick(QUOTE_SENTENCES);
    return fill(sentence, rng, {
      ...session.person.voice,
      language,
      quote: `“${phrase.text}” (${phrase.meaning})`,
    });
  }
  return fill(rng.pick(QUOTE_SENTENCES), rng, {
    ...session.person.voice,
    quote: `“${rng.pick(ENGLISH_QUOTES)}”`,
  });
}

/** The client's account, with now and then their own words or a detail of their week. */
function account(session: SessionToWrite, rng: SeededRandom, slots: Slots, sentences: number): string {
  const parts = [paragraph(sentencesFor(session, 'report'), sentences, rng, slots)];
  if (session.kind === 'first')
    parts.unshift('First session: assessment, consent and the limits of confidentiality.');
  if (session.kind === 'last')
    parts.unshift('Final session, as planned: looked back over the work together.');
  if (rng.chance(0.18)) parts.push(quote(session, rng));
  if (rng.chance(0.03)) parts.push(fill(rng.pick(RARE_SENTENCES), rng, slots));
  return parts.join(' ');
}

function ruptureLine(session: SessionToWrite): string {
  if (!session.rupture) return '';
  return session.rupture.kind === 'withdrawal'
    ? ' A withdrawal rupture mid-session: answers shortened and the topic moved away from the work.'
    : ' A confrontation rupture: frustration with the pace and the point of the homework was voiced directly.';
}

/** A section's sentences for this session: looking back only after the first, goals once agreed. */
function sentencesFor(session: SessionToWrite, section: string): readonly string[] {
  return [
    ...(SECTION_SENTENCES[section] ?? []),
    ...(session.kind !== 'first' ? (FOLLOW_UP_SENTENCES[section] ?? []) : []),
    ...(session.goals.length > 0 ? (GOAL_SENTENCES[section] ?? []) : []),
    ...(section === 'plan' ? session.person.risk.planLines : []),
  ];
}

function planText(session: SessionToWrite, rng: SeededRandom, slots: Slots): string {
  const risk = session.person.risk.planMustSay;
  if (session.kind === 'last') {
    const ending = 'Ending agreed. Door left open for a review session if needed.';
    return risk ? `${risk} ${ending}` : ending;
  }
  const plan = paragraph(sentencesFor(session, 'plan'), rng.int(1, 3), rng, slots);
  return risk ? `${risk} ${plan}` : plan;
}

function body(session: SessionToWrite, rng: SeededRandom, slots: Slots): Record<string, string> {
  const rupture = ruptureLine(session);
  switch (session.format) {
    case 'SOAP':
      return {
        subjective: account(session, rng, slots, rng.int(2, 5)),
        objective: paragraph(sentencesFor(session, 'observation'), rng.int(2, 4), rng, slots),
        assessment: paragraph(sentencesFor(session, 'assessment'), rng.int(2, 4), rng, slots) + rupture,
        plan: planText(session, rng, slots),
      };
    case 'DAP':
      return {
        data: `${account(session, rng, slots, rng.int(2, 4))} ${paragraph(sentencesFor(session, 'observation'), rng.int(1, 2), rng, slots)}`,
        assessment: paragraph(sentencesFor(session, 'assessment'), rng.int(2, 4), rng, slots) + rupture,
        plan: planText(session, rng, slots),
      };
    case 'BIRP':
      return {
        behaviour: `${account(session, rng, slots, rng.int(1, 3))} ${paragraph(sentencesFor(session, 'observation'), rng.int(1, 3), rng, slots)}`,
        intervention: paragraph(sentencesFor(session, 'intervention'), rng.int(2, 4), rng, slots),
        response: paragraph(sentencesFor(session, 'response'), rng.int(1, 3), rng, slots) + rupture,
        plan: planText(session, rng, slots),
      };
    case 'GIRP': {
      const goals = session.goals.map((g) => `“${g.clientWords}”`).join(' and ');
      return {
        goal: `${goals ? `Worked on ${goals}. ` : ''}${account(session, rng, slots, rng.int(1, 3))}`,
        intervention: paragraph(sentencesFor(session, 'intervention'), rng.int(2, 4), rng, slots),
        response: paragraph(sentencesFor(session, 'response'), rng.int(1, 3), rng, slots) + rupture,
        plan: planText(session, rng, slots),
      };
    }
  }
}

function checklistAnswer(group: string, alliance: number, rng: SeededRandom): ChecklistAnswer | null {
  if (rng.chance(0.04)) return null;
  if (rng.chance(NOT_ADDRESSED_BY_GROUP[group] ?? 0.08)) return 'not-addressed';
  const roll = rng.next();
  if (roll < alliance) return 'observed';
  if (roll < alliance + (1 - alliance) * 0.65) return 'partly';
  return 'not-observed';
}

/** One answer on the five-point agreement scale of the feedback form. */
function feedbackAnswer(alliance: number, rng: SeededRandom): number | null {
  if (rng.chance(0.03)) return null;
  return Math.max(1, Math.min(5, Math.round(1 + 4 * alliance + rng.normal(0.45))));
}

const OUTCOMES = { yes: 'resolved', partly: 'partly', no: 'unresolved' } as const;

function ruptureEvents(
  session: SessionToWrite,
  rng: SeededRandom,
  slots: Slots,
): NoteContentInput['ruptures'] {
  const rupture = session.rupture;
  if (!rupture) return [];
  return Array.from({ length: rupture.events }, (_, i) => {
    const kind = i === 0 ? rupture.kind : rng.pick(['withdrawal', 'confrontation'] as const);
    const markers: readonly { key: MarkerKey }[] =
      kind === 'withdrawal' ? WITHDRAWAL_MARKERS : CONFRONTATION_MARKERS;
    const repair = rng.pick(RUPTURE_REPAIRS);
    return {
      kind,
      markers: rng.sample(markers, rng.int(1, 3)).map((m) => m.key),
      raisedBy: rng.chance(0.65) ? ('clinician' as const) : ('client' as const),
      repairs: [...repair.repairs],
      repairNote: fill(repair.text, rng, slots),
      // The later, smaller strain of a session resolves or stays unclear by its end.
      outcome: i === 0 ? OUTCOMES[rupture.resolved] : rng.pick(['resolved', 'unclear'] as const),
    };
  });
}

/** Everything the clinician writes for one session, in the shape the note editor saves. */
export function writeNote(session: SessionToWrite, rng: SeededRandom): NoteContentInput {
  const slots: Slots = {
    ...personSlots(session.person, session.theme, rng),
    alliance: allianceWord(session.alliance),
    score: () => String(rng.int(2, 9)),
    weeks: () => String(rng.int(4, 8)),
  };
  const gaveFeedback = rng.chance(0.8);
  return {
    sessionDate: session.date,
    startTime: session.start,
    endTime: session.end,
    modality: session.modality,
    attendees: rng.weighted([
      ['Client', 6],
      ['', 3],
      [
        'Client and partner',
        session.theme.key === 'relationship' && session.person.profile.household.partner ? 2 : 0,
      ],
      ['Client; a parent joined for the last 15 minutes', session.person.profile.stage === 'teen' ? 1.2 : 0],
    ] as const),
    format: session.format,
    body: body(session, rng, slots),
    goalWork:
      session.format === 'GIRP'
        ? session.goals.map((g) => ({
            goalKey: g.goalKey,
            note: fill(rng.pick(GOAL_WORK_NOTES), rng, slots),
            level: g.level,
          }))
        : [],
    checklist: session.checklist.map((item) => ({
      itemId: item.itemId,
      answer: checklistAnswer(item.group, session.alliance, rng),
      comment: rng.chance(0.04) ? rng.pick(CHECKLIST_COMMENTS) : '',
    })),
    feedback: {
      form: 2,
      answers: gaveFeedback
        ? Object.fromEntries(FEEDBACK_FORM_2.map((item) => [item.key, feedbackAnswer(session.alliance, rng)]))
        : {},
      message: gaveFeedback && rng.chance(0.08) ? rng.pick(FEEDBACK_MESSAGES) : '',
    },
    ruptures: ruptureEvents(session, rng, slots),
  };
}
