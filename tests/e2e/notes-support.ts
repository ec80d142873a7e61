/**
 * What the notes and search end-to-end tests share: a vault with one client and a goal plan seeded
 * through the real router, reaching the notes tab, and reading what the main side stored.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Note } from '../../shared/notes/note-contract';
import { createAndOpenVault } from './flows';
import { callOk, openClientTab, seededGoal, WEDDING_LEVELS } from './goals-support';
import type { LaunchedApp } from './harness';
import { FEEDBACK_FORM_2 } from '../../shared/notes/feedback-forms';
import type { MarkerKey, RepairKey } from '../../shared/notes/rupture-lists';

export const CLIENT = 'Mariam Haddad';
export const GOAL_WORDS = 'Go to my sister’s wedding';

/** Creates the vault through the UI, then seeds a client with an agreed one-goal plan. */
export async function vaultWithClient(app: LaunchedApp): Promise<string> {
  await createAndOpenVault(app.page);
  const { id } = await callOk(app, 'clients:createEnquiry', { chosenName: CLIENT });
  const plan = await callOk(app, 'goals:saveVersion', {
    clientId: id,
    goals: [seededGoal(GOAL_WORDS, WEDDING_LEVELS)],
  });
  await callOk(app, 'goals:agree', {
    versionId: plan.versions[0]!.id,
    agreedOn: '2026-02-20',
    method: 'verbal',
  });
  return id;
}

export async function openNotes(page: Page): Promise<void> {
  await openClientTab(page, CLIENT, 'Notes');
}

export async function onlyNote(app: LaunchedApp, clientId: string): Promise<Note> {
  const [summary] = await callOk(app, 'notes:list', { clientId });
  if (!summary) throw new Error('The client has no note.');
  return callOk(app, 'notes:get', { id: summary.id });
}

function saveIndicator(page: Page): Locator {
  return page.getByTestId('note-save-state');
}

/** Waits for the autosave to have stored everything typed ("Saved 10:42", not the "Saved" of a note just opened). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(saveIndicator(page)).toHaveText(/^Saved \d/);
}

export function section(page: Page, title: string): Locator {
  return page.getByRole('textbox', { name: title, exact: true });
}

/** A radio in a group of connected buttons (checklist answers, scores, rupture type). */
export function choice(scope: Page | Locator, group: string | RegExp, option: string | RegExp): Locator {
  return scope
    .getByRole('radiogroup', { name: group, exact: typeof group === 'string' })
    .getByRole('radio', { name: option, exact: typeof option === 'string' });
}

interface SeedNote {
  date: string;
  body: Record<string, string>;
  /** Checklist answers in item order; the rest stay unanswered. */
  answers: ('observed' | 'partly' | 'not-observed' | 'not-addressed')[];
  /** The seven answers of the feedback form, 1–5. */
  feedback: number[];
  ruptures?: {
    kind: 'withdrawal' | 'confrontation';
    markers: MarkerKey[];
    repairs: RepairKey[];
    repairNote: string;
    outcome: 'resolved' | 'partly' | 'unresolved' | 'unclear';
  }[];
  sign: boolean;
  addendum?: string;
}

/** Earlier sessions for screens that need a history: written and signed through the real services. */
export const HISTORY: SeedNote[] = [
  {
    date: '2026-01-12',
    body: {
      data: 'Mariam described panic in crowded rooms since her father’s illness; wants to be at her sister’s wedding in June.',
      assessment: 'Motivated, insightful; avoidance is maintaining the panic.',
      plan: 'Agree goals together next session; slow breathing daily.',
    },
    answers: ['observed', 'observed', 'observed', 'partly', 'observed', 'observed'],
    feedback: [5, 4, 4, 5, 5, 4, 5],
    sign: true,
  },
  {
    date: '2026-01-26',
    body: {
      data: 'Quieter today. Short answers; changed the subject when the wedding came up. قالت إنها متعبة.',
      assessment: 'A withdrawal rupture: I had pushed the exposure list too fast.',
      plan: 'Slow down; let her set the first step.',
    },
    answers: ['partly', 'observed', 'observed', 'not-observed', 'partly', 'partly'],
    feedback: [3, 2, 3, 3, 4, 3, 4],
    ruptures: [
      {
        kind: 'withdrawal',
        markers: ['minimal', 'shifting'],
        repairs: ['explore', 'acknowledge'],
        repairNote: 'Named the change in pace and asked what she needed; she said to go slower.',
        outcome: 'resolved',
      },
    ],
    sign: true,
    addendum: 'She emailed the next day to say the session helped more than it seemed.',
  },
  {
    date: '2026-02-09',
    body: {
      data: 'Went to a family lunch and stayed an hour. Proud, a little shaky.',
      assessment: 'First exposure done at her own pace; alliance repaired.',
      plan: 'Next: the rehearsal dinner.',
    },
    answers: ['observed', 'observed', 'observed', 'observed', 'observed', 'partly'],
    feedback: [5, 5, 4, 5, 5, 5, 5],
    sign: false,
  },
];

export async function seedHistory(app: LaunchedApp, clientId: string, notes: readonly SeedNote[] = HISTORY) {
  for (const seed of notes) {
    const note = await callOk(app, 'notes:create', {
      clientId,
      sessionDate: seed.date,
      format: 'DAP',
      startTime: '10:00',
      endTime: '10:50',
    });
    await callOk(app, 'notes:save', {
      id: note.id,
      baseUpdatedAt: note.updatedAt,
      content: {
        sessionDate: seed.date,
        startTime: '10:00',
        endTime: '10:50',
        modality: 'in-person',
        format: 'DAP',
        body: seed.body,
        checklist: note.checklist.map((item, i) => ({
          itemId: item.itemId,
          answer: seed.answers[i] ?? null,
          comment: '',
        })),
        feedback: {
          form: 2,
          answers: Object.fromEntries(FEEDBACK_FORM_2.map((item, i) => [item.key, seed.feedback[i] ?? null])),
        },
        ruptures: (seed.ruptures ?? []).map((r) => ({ ...r, raisedBy: 'clinician' as const })),
      },
    });
    if (seed.sign) await callOk(app, 'notes:sign', { id: note.id });
    if (seed.addendum) await callOk(app, 'notes:addAddendum', { noteId: note.id, body: seed.addendum });
  }
}

type FocusProbe = { ownerDocument: { activeElement: unknown } };

/** Presses Tab (and only Tab) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60): Promise<void> {
  for (let press = 0; press <= maxPresses; press += 1) {
    if (await target.evaluate((element: FocusProbe) => element === element.ownerDocument.activeElement))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${maxPresses} presses of Tab never reached ${target.toString()}`);
}

/** Keyboard focus must be visible: an outline of at least 2px on the element itself. */
export async function expectFocusRing(target: Locator): Promise<void> {
  const outline = await target.evaluate((element: object) => {
    const style = (
      globalThis as unknown as { getComputedStyle(e: object): { outlineStyle: string; outlineWidth: string } }
    ).getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
}
