import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionSummary, SUMMARY_LENGTH } from '../../electron/core/features/pdf/session-summary';
import { defaultSummaryFileName } from '../../electron/core/features/pdf/default-file-name';
import { selectSummary } from '../../shared/summary/select-summary';
import { summaryOptions, type SummarySource } from '../../shared/summary/summary-contract';
import { CULTURAL_DOMAIN_KEYS, DEFAULT_SECTIONS, SECTION_KEYS } from '../../shared/summary/summary-sections';
import {
  CHOSEN_NAME,
  DATE_OF_BIRTH,
  FIRST_SESSION,
  LEGAL_NAME,
  sessionDate,
} from './support/summary-fixture';
import { openSummaryVault, type SummaryVault } from './support/summary-vault';

let vault: SummaryVault;
let source: SummarySource;

function select(options: Record<string, unknown>) {
  return selectSummary(source, summaryOptions.parse({ clientId: vault.clientId, ...options }));
}

beforeAll(async () => {
  vault = await openSummaryVault({ sessions: 10 });
  source = await vault.call('summary:preview', { clientId: vault.clientId });
});

afterAll(() => vault?.close());

describe('selectSummary', () => {
  it('leaves every unchosen section out of the data itself', () => {
    const doc = select({ sections: ['goals'] });
    expect(doc.included).toEqual(['goals']);
    expect(doc.leftOut).toEqual(SECTION_KEYS.filter((k) => k !== 'goals'));
    for (const key of [
      'identity',
      'contact',
      'intake',
      'cultural',
      'charts',
      'sessions',
      'risk',
      'status',
      'diagnoses',
    ] as const)
      expect(doc[key], key).toBeNull();
    expect(doc.heading).toEqual({ chosenName: null, legalName: null });
    expect(JSON.stringify(doc)).not.toContain(DATE_OF_BIRTH);
  });

  it('prints the current diagnoses, the primary first, and nothing ruled out or resolved', async () => {
    const base = {
      system: 'icd10cm',
      resolvedOn: null,
      madeBy: '',
      note: 'Not for the summary.',
      madeOn: FIRST_SESSION,
    } as const;
    const clientId = vault.clientId;
    await vault.call('diagnoses:add', {
      clientId,
      diagnosis: {
        ...base,
        code: 'Z63.0',
        title: 'Problems in relationship with spouse or partner',
        rank: 'secondary',
        status: 'confirmed',
      },
    });
    const added = await vault.call('diagnoses:add', {
      clientId,
      diagnosis: {
        ...base,
        code: 'F43.21',
        title: 'Adjustment disorder with depressed mood',
        rank: 'secondary',
        status: 'provisional',
      },
    });
    await vault.call('diagnoses:update', {
      id: added.find((d) => d.code === 'F43.21')!.id,
      diagnosis: {
        ...base,
        code: 'F43.21',
        title: 'Adjustment disorder with depressed mood',
        rank: 'secondary',
        status: 'ruled-out',
      },
    });
    await vault.call('diagnoses:add', {
      clientId,
      diagnosis: {
        ...base,
        code: 'F41.1',
        title: 'Generalized anxiety disorder',
        rank: 'primary',
        status: 'provisional',
      },
    });
    const withDiagnoses = await vault.call('summary:preview', { clientId });
    const doc = selectSummary(withDiagnoses, summaryOptions.parse({ clientId, sections: ['diagnoses'] }));
    expect(doc.diagnoses?.entries.map((d) => [d.code, d.rank, d.status])).toEqual([
      ['F41.1', 'primary', 'provisional'],
      ['Z63.0', 'secondary', 'confirmed'],
    ]);
    expect(JSON.stringify(doc)).not.toContain('Not for the summary.');
    const without = selectSummary(withDiagnoses, summaryOptions.parse({ clientId, sections: ['goals'] }));
    expect(without.diagnoses).toBeNull();
    expect(JSON.stringify(without)).not.toContain('F41.1');
  });

  it('includes the legal name only when chosen', () => {
    const byDefault = select({ sections: DEFAULT_SECTIONS });
    expect(byDefault.identity?.facts.map((f) => f.label)).not.toContain('Legal name');
    expect(JSON.stringify(byDefault)).not.toContain(LEGAL_NAME);
    const withLegal = select({ sections: ['identity', 'legalName'] });
    expect(withLegal.identity?.facts).toContainEqual({ label: 'Legal name', value: LEGAL_NAME });
    expect(withLegal.heading.chosenName).toBe(CHOSEN_NAME);
    const legalOnly = select({ sections: ['legalName', 'goals'] });
    expect(legalOnly.heading).toEqual({ chosenName: null, legalName: LEGAL_NAME });
  });

  it('narrows sessions, chart points and ratings to the period', () => {
    const from = sessionDate(2);
    const to = sessionDate(5);
    const doc = select({ sections: ['sessions', 'charts', 'goals'], from, to });
    expect(doc.sessions?.entries.map((s) => s.date)).toEqual([2, 3, 4, 5].map(sessionDate));
    expect(doc.charts?.alliance.map((p) => p.date)).toEqual([2, 3, 4, 5].map(sessionDate));
    for (const goal of doc.charts?.goals ?? [])
      for (const rating of goal.ratings) expect(rating.date >= from && rating.date <= to).toBe(true);
    // Ratings fall every fourth session: the latest in the period is session 4's.
    expect(doc.goals?.tScore.client?.date).toBe(sessionDate(4));
    expect(doc.goals?.plan).toMatchObject({ number: 1, agreedOn: FIRST_SESSION });
  });

  it('lists each session oldest first, without text for a note not yet signed', () => {
    const entries = select({ sections: ['sessions'] }).sessions!.entries;
    expect(entries.map((s) => s.date)).toEqual([...entries.map((s) => s.date)].sort());
    expect(entries.at(-1)).toMatchObject({ signed: false, summary: '' });
    expect(entries[0]!.summary).toMatch(/^SESSIONSUMMARY1 /);
  });

  it('prints cultural domains one by one, keeping "prefer not to say" and naming what is left out', () => {
    const all = select({ sections: ['cultural'] }).cultural!;
    expect(all.addressing.map((a) => a.key)).toEqual(['religion', 'nationalOrigin']);
    expect(all.addressing[0]).toMatchObject({ preferNotToSay: true, text: '' });
    expect(all.leftOut).toEqual([]);
    const narrowed = select({
      sections: ['cultural'],
      culturalDomains: CULTURAL_DOMAIN_KEYS.filter((k) => k !== 'nationalOrigin' && k !== 'languages'),
    }).cultural!;
    expect(narrowed.addressing.map((a) => a.key)).toEqual(['religion']);
    expect(narrowed.context).toEqual([]);
    expect(narrowed.leftOut).toEqual(['National origin', 'Languages spoken']);
  });

  it('refuses a period that ends before it starts', () => {
    expect(
      summaryOptions.safeParse({ clientId: vault.clientId, from: '2025-02-01', to: '2025-01-01' }).success,
    ).toBe(false);
  });
});

describe('a session’s short summary', () => {
  it('takes the synthesis part of the note and cuts a long one at a word', () => {
    const long = `${'word '.repeat(100)}end`;
    const summary = sessionSummary('SOAP', { subjective: 'Said little.', assessment: long });
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH);
    expect(summary).toMatch(/^word word .* word…$/);
    expect(sessionSummary('DAP', { data: 'Came late.\n\nTalked  about work.' })).toBe(
      'Came late. Talked about work.',
    );
    expect(sessionSummary('BIRP', {})).toBe('');
  });

  it('ends a long synthesis where a sentence ends, in any script', () => {
    const first = `Explored the fear of being seen panicking at the wedding; ${'she named the triggers clearly and '.repeat(3)}agreed a plan.`;
    const second = 'She rehearsed the toast twice, the second time without stopping.';
    const third = `Homework: ${'practise the breathing daily and '.repeat(4)}note it.`;
    const summary = sessionSummary('DAP', { assessment: `${first} ${second} ${third}` });
    expect(summary).toBe(`${first} ${second}`);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LENGTH);
    const arabic = `${'تحدثنا عن الخوف من الاجتماعات العائلية '.repeat(4)}؟ ${'واتفقنا على خطة للأسبوع القادم '.repeat(4)}.`;
    expect(sessionSummary('DAP', { assessment: arabic })).toMatch(/؟$/);
    const chinese = `${'我们谈到了婚礼前的焦虑和呼吸练习'.repeat(8)}。${'下次继续'.repeat(40)}。`;
    expect(sessionSummary('DAP', { assessment: chinese })).toMatch(/练习。$/);
  });
});

describe('the default file name', () => {
  it('is the date alone', () => {
    expect(defaultSummaryFileName('2026-11-25')).toBe('client-summary-2026-11-25.pdf');
  });
});
