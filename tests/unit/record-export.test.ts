import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/core/db/audit';
import { ChromiumSummaryPrinter } from '../../electron/core/features/pdf/chromium-printer';
import { RENDERER_ROOT } from '../../electron/core/features/pdf/renderer-root';
import { createAppCore, type AppCore } from '../../electron/core/router/app-core';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import { formatDate } from '../../shared/dates/format-date';
import { formatMoment } from '../../shared/dates/format-moment';
import { shortFingerprint } from '../../shared/notes/short-fingerprint';
import { expectNeutralMetadata } from './support/pdf-metadata';
import { allElements, meaningful, pdfStructure } from './support/pdf-structure';
import { bytesContain, pdfInfo, pdfText, squash } from './support/pdf-tools';
import { readPdfGlyphs } from './support/pdf-glyphs';
import { DAYS, seedRecordClient, WORDS, writeNote } from './support/record-fixture';
import { MIXED_SENTENCES, SCRIPT_SAMPLES, seedScriptsClient } from './support/script-samples';
import { STRONG, TEST_KDF } from './support/temp-vault';

let dir: string;
let core: AppCore;
let printer: ChromiumSummaryPrinter;
let clientId: string;
let ids: Awaited<ReturnType<typeof seedRecordClient>>['notes'];
let answer: string | null = null;
const offered: string[] = [];
const printed = new Map<string, string>();

const FOR = {
  recipient: 'Dr Jonas Berg, Northside Clinic',
  purpose: 'Transfer of care at the client’s request',
};
const QUARTER = { scope: 'period', from: '2026-01-01', to: '2026-03-31' } as const;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await core.router.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Prints through the app's own channel, once per name, and keeps the file for the tests that read it. */
async function printAs(name: string, request: Partial<ChannelInput<'record:print'>>): Promise<string> {
  const known = printed.get(name);
  if (known) return known;
  answer = join(dir, `${name}.pdf`);
  const result = await call('record:print', {
    clientId,
    ...QUARTER,
    ...FOR,
    ...request,
  } as ChannelInput<'record:print'>);
  expect(result).toMatchObject({ status: 'saved', fileName: `${name}.pdf` });
  printed.set(name, answer);
  return answer;
}

/** The text with layout and bidi marks squashed, so phrases match whatever the line breaks. */
function text(file: string, password?: string): string {
  return squash(pdfText(file, { password }).stdout);
}

function order(haystack: string, needles: readonly string[]): number[] {
  return needles.map((needle) => haystack.indexOf(squash(needle)));
}

beforeAll(async () => {
  if (!existsSync(join(RENDERER_ROOT, 'summary.html'))) {
    throw new Error(
      'out/renderer/summary.html is missing: run `npx electron-vite build` before these tests.',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'rapport-record-test-'));
  printer = new ChromiumSummaryPrinter();
  core = createAppCore({
    vaultDir: join(dir, 'vault'),
    kdf: TEST_KDF,
    summaryExport: {
      printer,
      choosePath: async (suggested) => {
        offered.push(suggested);
        return answer;
      },
    },
  });
  await core.session.create(STRONG);
  await call('practice:update', {
    ...(await call('practice:get', {})),
    practiceName: 'Harbour Therapy',
    clinicianName: 'Dr Ana Ruiz',
    credentials: 'PsyD, Licensed Psychologist',
  });
  ({ clientId, notes: ids } = await seedRecordClient(call));
});

afterAll(async () => {
  await printer?.close();
  core?.session.lock('quit');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the record printout', () => {
  it('opens with a cover page: client, period, notes, drafts, recipient, purpose, who prepared it', async () => {
    const file = await printAs('quarter', { includeDrafts: true });
    const cover = squash(pdfText(file, {}).stdout.split('\f')[0]!);
    for (const part of [
      'Maya Lindqvist',
      `3 progress notes, ${formatDate('2026-01-01')} to ${formatDate('2026-03-31')}`,
      '1 unsigned note is included, each marked DRAFT.',
      'Psychotherapy notes None included.',
      FOR.recipient,
      FOR.purpose,
      'Dr Ana Ruiz, PsyD, Licensed Psychologist',
      'Harbour Therapy',
    ]) {
      expect(cover, part).toContain(squash(part));
    }
    expect(offered.at(-1)).toMatch(/^record-\d{4}-\d{2}-\d{2}\.pdf$/);
    expectNeutralMetadata(file, 'Clinical record', ['Maya', 'Lindqvist']);
  });

  it('prints the notes of the period in full, oldest first, and nothing outside it', async () => {
    const all = text(await printAs('quarter', { includeDrafts: true }));
    const at = order(all, [
      `Session of ${formatDate(DAYS.january)}`,
      WORDS.januarySubjective,
      WORDS.januaryPlan,
      `Session of ${formatDate(DAYS.february)}`,
      WORDS.februaryResponse,
      `Session of ${formatDate(DAYS.march)}`,
      WORDS.draftData,
    ]);
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(all).not.toContain(squash(WORDS.outsideData));
    expect(all).not.toContain(squash(formatDate(DAYS.outside)));
  });

  it('prints each section, the checklist, the feedback in its form’s words, the rupture, the risk review and the goal work', async () => {
    const all = text(await printAs('quarter', { includeDrafts: true }));
    for (const part of [
      'Subjective',
      'Objective',
      'Assessment',
      'Nothing written.',
      'Relationship checklist',
      'Only towards the end.',
      'I felt listened to and understood: Completely true',
      'We spent the time on what matters to me: Mostly true',
      `Anything you want me to know?${WORDS.feedbackMessage}`,
      'Rupture 1: Withdrawal',
      'Short, minimal answers',
      'Talked about the strain together',
      WORDS.repairNote,
      'Partly resolved',
      'Risk review',
      WORDS.riskReasons,
      'Passive: wishing not to be here',
      `Goal: ${WORDS.goal} · rated more than expected`,
      WORDS.goalWork,
    ]) {
      expect(all, part).toContain(squash(part));
    }
  });

  it('prints the client’s message and a repair note across the page, not down a narrow column', async () => {
    const file = await printAs('quarter', { includeDrafts: true });
    const lines = pdfText(file, { layout: true })
      .stdout.split('\n')
      .map((line) => line.replace(/\s+/g, ' '));
    const lineOf = (words: string) => lines.find((line) => line.includes(words));
    // Each fits one line at the page's width; beside a label, in the old 46 mm column, each wrapped.
    expect(lineOf(WORDS.repairNote), 'the repair note on one line').toMatch(/^ ?What happened and /);
    expect(lineOf(WORDS.feedbackMessage)?.trim(), 'the message on a line of its own, under its prompt').toBe(
      WORDS.feedbackMessage,
    );
  });

  it('prints the checklist compactly: each answer with its items and comments, what was left unanswered counted', async () => {
    const all = text(await printAs('quarter', { includeDrafts: true }));
    const january = all.slice(
      all.indexOf(squash(`Session of ${formatDate(DAYS.january)}`)),
      all.indexOf(squash(`Session of ${formatDate(DAYS.february)}`)),
    );
    const { checklist } = await call('notes:get', { id: ids.january });
    const [observed, partly] = checklist;
    const group = checklist.filter((c) => c.group === observed!.group);
    const unanswered = group.filter((c) => c.answer === null);
    expect(unanswered.length).toBeGreaterThan(0);
    for (const part of [
      `Observed: ${observed!.text}`,
      `Partly: ${partly!.text} (Only towards the end.)`,
      `Not answered: ${unanswered.map((c) => c.text).join('; ')}`,
    ]) {
      expect(january, part).toContain(squash(part));
    }
    // Every other group was left alone: each is one line with its count, its items not listed.
    const others = [...new Set(checklist.map((c) => c.group))].filter((g) => g !== observed!.group);
    const counted = january.split(squash('Not answered (')).length - 1;
    expect(counted).toBe(others.length);
    for (const item of checklist.filter((c) => c.group !== observed!.group)) {
      expect(january).not.toContain(squash(item.text));
    }
    // A note whose checklist nobody touched says so in one sentence.
    const february = all.slice(all.indexOf(squash(`Session of ${formatDate(DAYS.february)}`)));
    expect(february).toContain(squash(`Not filled in: none of its ${checklist.length} items was answered.`));
  });

  it('prints a checklist in plain words as a line per group, one piece of text in the tagged PDF', async () => {
    const other = await call('clients:createEnquiry', { chosenName: 'Plain Words' });
    const note = await call('notes:create', {
      clientId: other.id,
      sessionDate: '2026-02-02',
      startTime: '09:00',
      endTime: '09:50',
      modality: 'in-person',
      format: 'SOAP',
    });
    const trust = note.checklist.filter((c) => c.group === 'trust');
    const answers = new Map(trust.map((c, i) => [c.itemId, i === 1 ? 'partly' : 'observed'] as const));
    await writeNote(call, note, {
      body: { subjective: 'Slept better this week.' },
      checklist: note.checklist.map((c) => ({
        itemId: c.itemId,
        answer: answers.get(c.itemId) ?? null,
        comment: '',
      })),
    });
    await call('notes:sign', { id: note.id });
    answer = join(dir, 'plain-checklist.pdf');
    await call('record:print', { clientId: other.id, scope: 'note', noteId: note.id, ...FOR });
    const all = text(answer);
    const empathy = note.checklist.filter((c) => c.group === 'empathy');
    for (const line of [
      `Trust and rapport — Observed: ${trust[0]!.text}; ${trust[2]!.text} · Partly: ${trust[1]!.text}`,
      `Empathy and understanding — Not answered (${empathy.length} items).`,
    ]) {
      expect(all, line).toContain(squash(line));
    }
    // Under the checklist's heading, one paragraph holding one piece of text, not a node per title and run.
    const tree = (await pdfStructure(answer))!;
    const [, noteArt] = allElements(tree).filter((element) => element.type === 'Art');
    const heading = noteArt!.children.findIndex((element) => element.type === 'H4');
    const checklist = noteArt!.children[heading + 1]!;
    expect(checklist.type).toBe('P');
    expect(checklist.children.map((element) => element.type)).toEqual(['NonStruct']);
  });

  it('is tagged for a screen reader: the record an article, each note an article of its own under its heading', async () => {
    const tree = meaningful((await pdfStructure(await printAs('quarter', { includeDrafts: true })))!);
    expect(tree.type).toBe('Document');
    const [record] = tree.children.filter((element) => element.type === 'Art');
    expect(allElements(record!).map((element) => element.type)).toContain('H1');
    const notes = record!.children.filter((element) => element.type === 'Art');
    expect(notes).toHaveLength(3);
    for (const note of notes) {
      const types = allElements(note).map((element) => element.type);
      expect(note.children[0]!.type, types.join(' ')).toBe('H2');
      expect(types, types.join(' ')).toContain('H3');
      expect(types, types.join(' ')).toContain('P');
    }
    for (const element of allElements(record!).filter((e) => /^(H\d|P)$/.test(e.type))) {
      expect(
        allElements(element).reduce((sum, e) => sum + e.content, 0),
        element.type,
      ).toBeGreaterThan(0);
    }
  });

  it('puts the addenda under their note in the order they were signed, each with its signature', async () => {
    const all = text(await printAs('quarter', { includeDrafts: true }));
    const note = await call('notes:get', { id: ids.january });
    const [first, second] = note.addenda;
    const at = order(all, [
      WORDS.januaryPlan,
      'Addendum 1',
      `Signed ${formatMoment(first!.signedAt)} by Dr Ana Ruiz, PsyD, Licensed Psychologist · fingerprint ${shortFingerprint(first!.contentHash)}`,
      WORDS.firstAddendum,
      'Addendum 2',
      `fingerprint ${shortFingerprint(second!.contentHash)}`,
      WORDS.secondAddendum,
      `Session of ${formatDate(DAYS.february)}`,
    ]);
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('signs each signed note with who, when and its fingerprint, and marks the draft as a draft', async () => {
    const all = text(await printAs('quarter', { includeDrafts: true }));
    for (const id of [ids.january, ids.february]) {
      const note = await call('notes:get', { id });
      expect(all).toContain(
        squash(
          `Signed ${formatMoment(note.signedAt!)} by ${note.signedBy} · fingerprint ${shortFingerprint(note.contentHash!)}`,
        ),
      );
    }
    const march = all.indexOf(squash(`Session of ${formatDate(DAYS.march)}`));
    expect(all.indexOf(squash('DRAFT: not signed.'), march)).toBeGreaterThan(march);
    expect(all.match(/DRAFT:notsigned/g)).toHaveLength(1);
  });

  it('leaves drafts out unless asked for', async () => {
    const all = text(await printAs('signed-only', {}));
    expect(all).not.toContain(squash(WORDS.draftData));
    expect(all).toContain(squash('None: every note printed is signed.'));
    expect(all).toContain(squash(`2 progress notes, ${formatDate('2026-01-01')}`));
  });

  it('never holds a psychotherapy note unless chosen, not even in the file’s bytes', async () => {
    const file = await printAs('quarter', { includeDrafts: true });
    const all = text(file);
    const bytes = readFileSync(file);
    for (const words of [WORDS.processJanuary, WORDS.processFebruary]) {
      expect(all).not.toContain(squash(words));
      expect(bytesContain(bytes, words)).toBe(false);
    }
    expect(all).not.toContain(squash('Psychotherapy note (process note)'));
  });

  it('holds exactly the psychotherapy note chosen, under its note, and says so on the cover', async () => {
    const file = await printAs('with-february-process', { processNoteIds: [ids.february] });
    const all = text(file);
    const cover = squash(pdfText(file).stdout.split('\f')[0]!);
    expect(cover).toContain(squash(`for the session of ${formatDate(DAYS.february)}.`));
    expect(all).toContain(squash(WORDS.processFebruary));
    expect(all).not.toContain(squash(WORDS.processJanuary));
    expect(all.indexOf(squash(WORDS.processFebruary))).toBeGreaterThan(
      all.indexOf(squash(WORDS.februaryResponse)),
    );
  });

  it('refuses a psychotherapy note of a note it does not print, and prints nothing', async () => {
    answer = join(dir, 'refused.pdf');
    const refused = await core.router.call('record:print', {
      clientId,
      ...QUARTER,
      ...FOR,
      processNoteIds: [ids.outside],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(existsSync(answer)).toBe(false);
    const otherClient = await call('clients:createEnquiry', { chosenName: 'Someone Else' });
    const elsewhere = await core.router.call('record:print', {
      clientId: otherClient.id,
      scope: 'note',
      noteId: ids.january,
      ...FOR,
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('prints one note, a draft too, and the whole chart', async () => {
    const one = text(await printAs('one-note', { scope: 'note', noteId: ids.february }));
    expect(one).toContain(squash(`One progress note, of ${formatDate(DAYS.february)}`));
    expect(one).toContain(squash(WORDS.februaryResponse));
    expect(one).not.toContain(squash(WORDS.januaryPlan));
    const draft = text(await printAs('one-draft', { scope: 'note', noteId: ids.march }));
    expect(draft).toContain(squash('DRAFT: not signed.'));
    const chart = text(await printAs('chart', { scope: 'all' }));
    expect(chart).toContain(squash(`The whole chart: 3 progress notes, ${formatDate(DAYS.outside)}`));
    expect(chart).toContain(squash(WORDS.outsideData));
  });

  it('records the printout in the audit trail by ids and counts, never the words', async () => {
    await printAs('with-february-process', { processNoteIds: [ids.february] });
    const entries = listAudit(core.session.db(), { actionPrefix: 'record.', limit: 100 });
    expect(entries.length).toBeGreaterThan(0);
    const withProcess = entries.find((e) => e.detail?.includes('processNotes=1'))!;
    expect(withProcess).toMatchObject({ action: 'record.printed', entity: 'client', entityId: clientId });
    expect(withProcess.detail).toContain(`processNoteIds=${ids.february}`);
    expect(withProcess.detail).toContain('notes=2');
    const all = JSON.stringify(entries);
    for (const words of [FOR.recipient, FOR.purpose, 'Maya', WORDS.processFebruary]) {
      expect(all).not.toContain(words);
    }
  });

  it('prints a denied request under its note, with the statement of disagreement and the rebuttal added later', async () => {
    const { id } = await call('amendments:log', {
      clientId,
      receivedOn: '2026-03-10',
      noteIds: [ids.january],
      requestedChange: 'Remove that I missed work twice.',
    });
    await call('amendments:deny', {
      id,
      decidedOn: '2026-03-20',
      denialReason: 'The note quotes the client.',
    });
    await call('amendments:addDisagreement', {
      id,
      disagreement: 'I missed work once; the second day was a holiday.',
      disagreementOn: '2026-04-15',
    });
    await call('amendments:addRebuttal', {
      id,
      rebuttal: 'The client said twice in session.',
      rebuttalOn: '2026-04-20',
    });
    const one = text(await printAs('amended-note', { scope: 'note', noteId: ids.january }));
    const at = order(one, [
      WORDS.secondAddendum,
      'Requests to amend this note',
      `Asked ${formatDate('2026-03-10')} · denied ${formatDate('2026-03-20')}`,
      'Remove that I missed work twice.',
      'The note quotes the client.',
      `Client’s statement of disagreement, ${formatDate('2026-04-15')}`,
      'I missed work once; the second day was a holiday.',
      `Clinician’s rebuttal, ${formatDate('2026-04-20')}`,
      'The client said twice in session.',
    ]);
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const february = text(await printAs('unamended-note', { scope: 'note', noteId: ids.february }));
    expect(february).not.toContain(squash('Requests to amend this note'));
  });

  it('protects the file with the password given', async () => {
    const file = await printAs('protected', { password: 'harbour light 2026' });
    expect(pdfText(file).status).not.toBe(0);
    expect(text(file, 'harbour light 2026')).toContain(squash(WORDS.januaryPlan));
    expect(pdfInfo(file, 'harbour light 2026').Encrypted).toMatch(/^yes/);
  });

  it('draws the words of a chart in every script with real glyphs, in the notes off the first screen too', async () => {
    // The notes below the first screen are skipped by the screen's layout (content-visibility), so
    // only the page's font pass can have fetched the fonts their words need.
    const scripts = await seedScriptsClient(call);
    const file = await printAs('scripts', { clientId: scripts.clientId, scope: 'all' });
    const report = readPdfGlyphs(file);
    expect(report.missing).toEqual([]);
    const drawn = report.fonts.map((f) => f.text).join('');
    const last = `${SCRIPT_SAMPLES.japanese[0]} ${SCRIPT_SAMPLES.sinhala[0]}`;
    const letters = [...new Set([...Object.values(MIXED_SENTENCES), last].join('').match(/\p{L}/gu))];
    expect(letters.filter((letter) => !drawn.includes(letter))).toEqual([]);
    expect(text(file)).toContain(squash(SCRIPT_SAMPLES.sinhala[0]));
  });
});
