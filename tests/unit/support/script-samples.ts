import { emptyIntake } from '../../../shared/clients/intake-schema';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

const CONSENT_ON_PAPER = 'Consent signed on paper at the first session.';

/**
 * A sentence in every script a client's words may be in, with the PostScript name of the bundled
 * family that must draw it. Chinese characters alone are drawn in the family the client's recorded
 * language chooses (this client records Cantonese, so Traditional Chinese).
 */
export const SCRIPT_SAMPLES = {
  vietnamese: ['Tôi muốn ngủ ngon hơn và gặp lại bạn bè', 'NotoSans'],
  greek: ['Θέλω να κοιμάμαι καλύτερα', 'NotoSans'],
  cyrillic: ['Хочу снова встречаться с друзьями', 'NotoSans'],
  armenian: ['Ես ուզում եմ ավելի լավ քնել', 'NotoSansArmenian'],
  georgian: ['მინდა უკეთ დავიძინო', 'NotoSansGeorgian'],
  arabic: ['أشعر بالقلق قبل الاجتماعات', 'NotoSansArabic'],
  urdu: ['میں اپنے خاندان سے بات کرنا چاہتا ہوں', 'NotoNastaliqUrdu'],
  devanagari: ['मैं फिर से काम पर जाना चाहता हूँ', 'NotoSans'],
  hebrew: ['אני רוצה לישון טוב יותר', 'NotoSansHebrew'],
  bengali: ['আমি আবার কাজে ফিরতে চাই', 'NotoSansBengali'],
  gurmukhi: ['ਮੈਂ ਆਪਣੇ ਪਰਿਵਾਰ ਨਾਲ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ', 'NotoSansGurmukhi'],
  gujarati: ['હું ફરીથી કામ પર જવા માંગુ છું', 'NotoSansGujarati'],
  oriya: ['ମୁଁ ପୁଣି କାମକୁ ଯିବାକୁ ଚାହେଁ', 'NotoSansOriya'],
  tamil: ['நான் மீண்டும் வேலைக்கு செல்ல விரும்புகிறேன்', 'NotoSansTamil'],
  telugu: ['నేను మళ్ళీ పనికి వెళ్ళాలనుకుంటున్నాను', 'NotoSansTelugu'],
  kannada: ['ನಾನು ಮತ್ತೆ ಕೆಲಸಕ್ಕೆ ಹೋಗಲು ಬಯಸುತ್ತೇನೆ', 'NotoSansKannada'],
  malayalam: ['എനിക്ക് വീണ്ടും ജോലിക്ക് പോകണം', 'NotoSansMalayalam'],
  sinhala: ['මට නැවත වැඩට යන්න ඕනේ', 'NotoSansSinhala'],
  thai: ['ฉันอยากนอนหลับให้ดีขึ้น', 'NotoSansThai'],
  lao: ['ຂ້ອຍຢາກນອນໃຫ້ດີຂຶ້ນ', 'NotoSansLao'],
  khmer: ['ខ្ញុំចង់គេងលក់ស្រួល', 'NotoSansKhmer'],
  myanmar: ['ကျွန်တော် ပိုကောင်းကောင်း အိပ်ချင်တယ်', 'NotoSansMyanmar'],
  tibetan: ['ང་གཉིད་ཡག་པོ་ཁུག་འདོད།', 'NotoSerifTibetan'],
  ethiopic: ['በደንብ መተኛት እፈልጋለሁ', 'NotoSansEthiopic'],
  traditionalChinese: ['我想和妹妹一起去參加婚禮', 'NotoSansTC'],
  japanese: ['ひとりで電車に乗れるようになりたい', 'NotoSansJP'],
  korean: ['다시 친구들을 만나고 싶어요', 'NotoSansKR'],
} as const satisfies Record<string, readonly [string, string]>;

/**
 * Sentences whose paragraph direction is not that of their first letter, as a clinician writes
 * them: an English sentence that opens with an Arabic name, an Arabic one that names a medicine in
 * Latin letters, a Hebrew one with an English name, an English one with a Hebrew word inside.
 */
export const MIXED_SENTENCES = {
  englishOpeningInArabic: 'يوسف arrived early and said the week before had been calm.',
  arabicWithLatin: 'قال إن دواء Sertraline يساعده على النوم كل ليلة تقريبا.',
  hebrewWithEnglish: 'דיברנו על Sarah ועל העבודה החדשה שלה בבית החולים.',
  englishWithHebrew: 'She said שלום to her neighbour for the first time this year.',
} as const;

export const ARABIC_NAME = 'يوسف حداد';

const LEVELS = {
  '-2': SCRIPT_SAMPLES.tamil[0],
  '-1': SCRIPT_SAMPLES.korean[0],
  '0': MIXED_SENTENCES.englishOpeningInArabic,
  '1': SCRIPT_SAMPLES.thai[0],
  '2': SCRIPT_SAMPLES.gurmukhi[0],
};

/*
 * Right-to-left lines are kept apart, and Urdu is printed on its own, as a goal's words: pdftotext
 * takes adjacent right-to-left lines (and the far-reaching marks of Nastaliq) for one block and
 * breaks up their words.
 */
const ALL_LINES = Object.entries(SCRIPT_SAMPLES)
  .filter(([script]) => script !== 'urdu')
  .map(([, [text]]) => text);

/**
 * A client whose chosen name is Arabic and whose record holds every script: intake answers (one
 * script a line, Urdu apart), goals and their steps, and signed notes whose summaries are mixed-direction
 * sentences. The recorded languages are Cantonese and Urdu.
 */
export async function seedScriptsClient(call: Call): Promise<{ clientId: string }> {
  const { id: clientId } = await call('clients:createEnquiry', {
    chosenName: ARABIC_NAME,
    legalName: `${ARABIC_NAME} (Yusuf Haddad)`,
  });
  const intake = emptyIntake(ARABIC_NAME);
  Object.assign(intake.identity, {
    pronouns: 'he/him',
    preferredLanguage: 'Cantonese, Urdu',
    referralSource: SCRIPT_SAMPLES.vietnamese[0],
  });
  Object.assign(intake.presenting, {
    inOwnWords: ALL_LINES.join('\n'),
    whyNow: Object.values(MIXED_SENTENCES).join('\n'),
  });
  intake.cultural.addressing.nationalOrigin = {
    text: `${SCRIPT_SAMPLES.georgian[0]}\n${SCRIPT_SAMPLES.ethiopic[0]}`,
    preferNotToSay: false,
    relevant: true,
  };
  intake.cultural.languages = 'Cantonese at home, Urdu with his father, English at work';
  await call('intake:save', {
    clientId,
    baseRevision: 0,
    markComplete: true,
    // The bench's demo practice has an informed consent to sign; these clients signed on paper.
    withoutConsentReason: CONSENT_ON_PAPER,
    data: intake,
  });
  await call('clients:changeStatus', { id: clientId, status: 'active', date: '2025-03-03' });

  const plan = await call('goals:saveVersion', {
    clientId,
    goals: [
      {
        clientWords: MIXED_SENTENCES.arabicWithLatin,
        weight: 2,
        levels: LEVELS,
        steps: [{ text: SCRIPT_SAMPLES.khmer[0], who: 'client' }],
      },
      { clientWords: SCRIPT_SAMPLES.urdu[0], weight: 1, levels: LEVELS },
    ],
  });
  await call('goals:agree', { versionId: plan.versions[0]!.id, agreedOn: '2025-03-03', method: 'verbal' });

  const summaries = [
    ...Object.values(MIXED_SENTENCES),
    `${SCRIPT_SAMPLES.japanese[0]} ${SCRIPT_SAMPLES.sinhala[0]}`,
  ];
  for (const [i, response] of summaries.entries()) {
    const date = `2025-03-${String(10 + i * 5).padStart(2, '0')}`;
    const note = await call('notes:create', {
      clientId,
      sessionDate: date,
      startTime: '10:00',
      endTime: '10:50',
      modality: 'in-person',
      format: 'GIRP',
    });
    await call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate: date,
        startTime: '10:00',
        endTime: '10:50',
        modality: 'in-person',
        format: 'GIRP',
        body: { goal: '', intervention: '', response, plan: '' },
        checklist: [],
        ruptures: [],
      },
    });
    await call('notes:sign', { id: note.id });
  }
  return { clientId };
}

/** Chinese characters with no kana, whose Japanese forms differ from the Chinese ones. */
export const KANJI_WITHOUT_KANA = '骨直';
/** Ol Chiki (Santali): a script no bundled font draws, for proving the glyph check can fail. */
export const UNBUNDLED_SCRIPT = 'ᱚᱞ ᱪᱤᱠᱤ';

/** A client whose intake holds one line in their own words, with a recorded language. */
export async function seedOneLineClient(
  call: Call,
  preferredLanguage: string,
  inOwnWords: string,
): Promise<{ clientId: string }> {
  const { id: clientId } = await call('clients:createEnquiry', { chosenName: `Client ${preferredLanguage}` });
  const intake = emptyIntake(`Client ${preferredLanguage}`);
  intake.identity.preferredLanguage = preferredLanguage;
  intake.presenting.inOwnWords = inOwnWords;
  await call('intake:save', {
    clientId,
    baseRevision: 0,
    markComplete: true,
    // The bench's demo practice has an informed consent to sign; these clients signed on paper.
    withoutConsentReason: CONSENT_ON_PAPER,
    data: intake,
  });
  return { clientId };
}
