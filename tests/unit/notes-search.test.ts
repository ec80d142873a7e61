import { describe, expect, it } from 'vitest';
import { openCore } from './support/open-core';

const TEXTS: [string, string][] = [
  ['Amélie', 'She has been sleeping badly since moving to Zürich. Her mother calls every night.'],
  ['Wei', '今天我们谈到了她的家族和工作压力。她提到李小龍的电影让她放松。'],
  ['Aiko', '今日は家族の話をしました。仕事のストレスについても。'],
  ['Priya', 'अनन्या ने अपनी माँ के बारे में बात की और नींद की समस्या बताई।'],
  ['Layla', 'تحدثت عن عائلتها في بيروت وعن القلق من العمل.'],
  ['Noa', 'דיברנו על שָׁלוֹם בבית ועל כְּתִיבָה.'],
  ['Dmitri', 'Говорили о работе и о бессоннице.'],
  ['Marco', 'Discussed the <b>wedding</b> plan; "quotes" and (brackets) OR NOT AND * are just words.'],
];

async function seeded() {
  const core = await openCore();
  for (const [name, text] of TEXTS) {
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: name });
    const note = await core.call('notes:create', { clientId, sessionDate: '2026-02-01', format: 'DAP' });
    await core.call('notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: { sessionDate: '2026-02-01', modality: 'in-person', format: 'DAP', body: { data: text } },
    });
  }
  return core;
}

const who = (hits: { chosenName: string }[]) => hits.map((h) => h.chosenName).sort();
const matched = (hit: { snippet: { text: string; match: boolean }[] }) =>
  hit.snippet.filter((p) => p.match).map((p) => p.text);

describe('note search', () => {
  it('finds words in any script, ignoring accents and case, with the matches marked', async () => {
    const core = await seeded();
    const search = (query: string) => core.call('notes:search', { query });
    expect(who(await search('zurich'))).toEqual(['Amélie']);
    expect(who(await search('SLEEP'))).toEqual(['Amélie']);
    expect(who(await search('sleeping badly'))).toEqual(['Amélie']);
    expect(matched((await search('zurich'))[0]!)).toEqual(['Zürich']);
    expect(who(await search('家族'))).toEqual(['Aiko', 'Wei']);
    expect(who(await search('小龍'))).toEqual(['Wei']);
    expect(matched((await search('小龍'))[0]!).join('')).toBe('小龍');
    expect(who(await search('माँ'))).toEqual(['Priya']);
    expect(matched((await search('माँ'))[0]!)).toEqual(['माँ']);
    expect(who(await search('عائلتها'))).toEqual(['Layla']);
    expect(who(await search('бессоннице'))).toEqual(['Dmitri']);
    expect(who(await search('שלום'))).toEqual(['Noa']);
    expect(who(await search('שָׁלוֹם'))).toEqual(['Noa']);
  });

  it('treats query syntax and markup as plain words, and finds as you type', async () => {
    const core = await seeded();
    const search = (query: string) => core.call('notes:search', { query });
    expect(who(await search('"quotes" OR NOT'))).toEqual(['Marco']);
    expect(who(await search('<b>wedding'))).toEqual(['Marco']);
    expect(who(await search('wedd'))).toEqual(['Marco']);
    expect(await search('*')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    const [hit] = await search('wedding');
    expect(hit!.snippet.map((p) => p.text).join('')).toContain('<b>wedding</b>');
  });

  it('finds an addendum’s words once the note is signed', async () => {
    const core = await seeded();
    const [hit] = await core.call('notes:search', { query: 'Zürich' });
    await core.call('notes:sign', { id: hit!.noteId });
    await core.call('notes:addAddendum', { noteId: hit!.noteId, body: 'Correction: she moved to Lausanne.' });
    expect(who(await core.call('notes:search', { query: 'lausanne' }))).toEqual(['Amélie']);
    expect(who(await core.call('notes:search', { query: 'zurich' }))).toEqual(['Amélie']);
  });
  it('keeps every note that ties with the last one shown, and shows the later sessions of a tie first', async () => {
    const core = await openCore();
    const { id: clientId } = await core.call('clients:createEnquiry', { chosenName: 'Tomás' });
    const dates = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'];
    // The same words in every note score the same; the latest session is written last.
    for (const sessionDate of dates) {
      const note = await core.call('notes:create', { clientId, sessionDate, format: 'DAP' });
      await core.call('notes:save', {
        id: note.id,
        baseUpdatedAt: note.updatedAt,
        content: { sessionDate, modality: 'video', format: 'DAP', body: { data: 'Walked by the river.' } },
      });
    }
    const found = async (limit: number) =>
      (await core.call('notes:search', { query: 'river', limit })).map((hit) => hit.sessionDate);
    expect(await found(1)).toEqual(['2026-02-09']);
    expect(await found(2)).toEqual(['2026-02-09', '2026-02-02']);
    expect(await found(50)).toEqual([...dates].reverse());
  });
});
