import { emptyIntake } from '../../../shared/clients/intake-schema';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** Text in every script a summary must print, each short enough to find again in extracted text. */
export const SCRIPTS = {
  latin: 'Zoë Nguyễn-Whitfield',
  arabic: 'أشعر بالقلق قبل الاجتماعات',
  hebrew: 'אני רוצה לישון טוב יותר',
  chinese: '我想和妹妹一起去参加婚礼',
  japanese: 'ひとりで電車に乗れるようになりたい',
  devanagari: 'मैं फिर से काम पर जाना चाहता हूँ',
  cyrillic: 'Хочу снова встречаться с друзьями',
} as const;

export const CHOSEN_NAME = SCRIPTS.latin;
export const LEGAL_NAME = 'Zoé Margarethe Whitfield';
export const DATE_OF_BIRTH = '1988-04-17';
export const DIAGNOSIS = 'F41.1 Generalised anxiety disorder';
/** Written only in private process notes and the humility reflection: must never reach a summary. */
export const PROCESS_MARKER = 'PROCESSNOTE7F3E2A';
export const HUMILITY_MARKER = 'HUMILITYREFLECTION91BD';
/** The first and last words of each session's summary, to find a table row on the printed pages. */
export const SESSION_MARKER = 'SESSIONSUMMARY';
export const ROW_END = 'ROWEND';

const LEVELS = {
  '-2': 'Avoids every family event',
  '-1': 'Goes to a short visit with a friend present',
  '0': 'Attends the wedding ceremony',
  '1': 'Attends the ceremony and the dinner',
  '2': 'Attends everything and gives a short toast',
};

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const FIRST_SESSION = '2024-01-08';

export function sessionDate(index: number): string {
  return addDays(FIRST_SESSION, index * 7);
}

const GIRP_BODY = (i: number) => ({
  goal: 'Attend family events without panic.',
  intervention: `Graded exposure planning, session ${i + 1}.`,
  response: `${SESSION_MARKER}${i + 1} Client practised breathing before the rehearsal; ${
    i % 3 === 0 ? SCRIPTS.hebrew : SCRIPTS.cyrillic
  }. ${ROW_END}${i + 1}`,
  plan: 'Continue weekly.',
});

/**
 * One client with everything a summary can show: an intake in many scripts, a cultural section, an
 * agreed goal plan rated over time by both raters, and weekly signed GIRP notes with checklist
 * answers, client feedback, a few ruptures and private process notes.
 */
export async function seedClient(call: Call, options: { sessions: number }): Promise<{ clientId: string }> {
  await call('practice:update', {
    clinicianName: 'Dr Ana Sofía Ríos',
    credentials: 'PsyD, Licensed Psychologist',
    licenceNumber: 'PSY 31415',
    licenceJurisdiction: 'California',
    practiceName: 'Harbour Light Therapy',
    address: '12 Quay Street, Suite 4\nPortsmouth PO1 2AB',
    phone: '+44 23 9200 0000',
    email: 'office@harbourlight.example',
    website: 'harbourlight.example',
  });
  const { id: clientId } = await call('clients:createEnquiry', {
    chosenName: CHOSEN_NAME,
    legalName: LEGAL_NAME,
  });
  const intake = emptyIntake(CHOSEN_NAME);
  Object.assign(intake.identity, {
    legalName: LEGAL_NAME,
    pronouns: 'she/her',
    dateOfBirth: DATE_OF_BIRTH,
    email: 'zoe@example.org',
    phone: '+44 7700 900123',
    preferredLanguage: 'English, Vietnamese',
    referralSource: 'GP surgery',
  });
  Object.assign(intake.presenting, {
    inOwnWords: `${SCRIPTS.arabic}\n${SCRIPTS.chinese}`,
    whyNow: `My sister's wedding is in June. ${SCRIPTS.japanese}`,
    hopes: SCRIPTS.devanagari,
  });
  Object.assign(intake.history, {
    medical: `Diagnosed ${DIAGNOSIS} in 2019.`,
    medications: 'Sertraline 50 mg',
  });
  Object.assign(intake.risk, {
    suicidalThoughts: 'past',
    selfHarm: 'none',
    safetyPlan: true,
    safetyPlanDate: '2024-01-08',
  });
  Object.assign(intake.consent, { informedConsentDate: '2024-01-08', confidentialityLimitsDiscussed: true });
  intake.cultural.addressing.nationalOrigin = {
    text: 'Family came from Huế; she grew up in Leeds.',
    preferNotToSay: false,
    relevant: true,
  };
  intake.cultural.addressing.religion = { text: '', preferNotToSay: true, relevant: false };
  intake.cultural.formulation.definition.ownWords = 'Being the one who always holds everything together.';
  intake.cultural.languages = 'Vietnamese at home, English at work';
  intake.cultural.humilityReflection = `${HUMILITY_MARKER} I assume too much about family duty.`;
  await call('intake:save', { clientId, baseRevision: 0, markComplete: true, data: intake });
  await call('clients:changeStatus', { id: clientId, status: 'active', date: FIRST_SESSION });

  const plan = await call('goals:saveVersion', {
    clientId,
    goals: [
      {
        clientWords: "I want to go to my sister's wedding without a panic attack",
        weight: 3,
        levels: LEVELS,
      },
      { clientWords: SCRIPTS.chinese, weight: 2, levels: LEVELS, baseline: -2 },
      { clientWords: SCRIPTS.devanagari, weight: 1, levels: LEVELS },
    ],
  });
  const version = plan.versions[0]!;
  await call('goals:agree', { versionId: version.id, agreedOn: FIRST_SESSION, method: 'verbal' });

  const answers = ['observed', 'observed', 'partly', 'observed', 'not-observed'] as const;
  for (let i = 0; i < options.sessions; i++) {
    const date = sessionDate(i);
    const note = await call('notes:create', {
      clientId,
      sessionDate: date,
      startTime: '17:00',
      endTime: '17:50',
      modality: i % 4 === 3 ? 'video' : 'in-person',
      format: 'GIRP',
    });
    const dip = i % 11 === 10;
    await call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate: date,
        startTime: '17:00',
        endTime: '17:50',
        modality: note.modality,
        format: 'GIRP',
        body: GIRP_BODY(i),
        checklist: note.checklist.map((item, k) => ({
          itemId: item.itemId,
          answer: dip ? 'not-observed' : answers[(i + k) % answers.length]!,
        })),
        feedback: {
          form: 2,
          answers: dip
            ? { understood: 2, mattered: 2, suited: 2, safe: 3, honest: 3, forward: 2, respected: 3 }
            : {
                understood: 4 + (i % 2),
                mattered: 4,
                suited: 4,
                safe: 5,
                honest: 5,
                forward: 4,
                respected: 5,
              },
        },
        ruptures:
          i % 17 === 5
            ? [{ kind: 'withdrawal', markers: ['minimal'], raisedBy: 'clinician', outcome: 'resolved' }]
            : i % 29 === 13
              ? [
                  {
                    kind: 'confrontation',
                    markers: ['about-activities'],
                    raisedBy: 'client',
                    repairs: ['rationale'],
                    outcome: 'partly',
                  },
                ]
              : [],
      },
    });
    if (i % 5 === 0)
      await call('notes:saveProcessNote', { noteId: note.id, body: `${PROCESS_MARKER} session ${i}` });
    // The most recent session stays a draft, as the last one often is.
    if (i < options.sessions - 1) await call('notes:sign', { id: note.id });
    if (i % 4 === 0) {
      const level = Math.min(2, -1 + Math.floor((i / options.sessions) * 4)) as -1 | 0 | 1 | 2;
      for (const goal of version.goals) {
        await call('goals:rate', { clientId, goalKey: goal.goalKey, rater: 'client', level, ratedOn: date });
        await call('goals:rate', {
          clientId,
          goalKey: goal.goalKey,
          rater: 'clinician',
          level: Math.max(-2, level - (i % 8 === 0 ? 1 : 0)) as -2 | -1 | 0 | 1,
          ratedOn: date,
        });
      }
    }
  }
  return { clientId };
}
