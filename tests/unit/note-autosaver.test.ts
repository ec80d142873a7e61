import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../shared/autosave/autosaver';

/** A save that stays pending until the test settles it, recording what it carried and how many ran at once. */
function controlledSaves() {
  const calls: { draft: string; settle: (error?: Error) => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const save = (draft: string) =>
    new Promise<void>((resolve, reject) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      calls.push({
        draft,
        settle: (error) => {
          running -= 1;
          if (error) reject(error);
          else resolve();
        },
      });
    });
  return { calls, save, mostAtOnce: () => mostAtOnce };
}

class Conflict extends Error {}

function saverOver(text: { value: string }, save: (draft: string) => Promise<void>) {
  return new Autosaver<string>({
    read: () => text.value,
    save,
    isConflict: (error) => error instanceof Conflict,
    describe: (error) => (error as Error).message,
    debounceMs: 700,
    maxWaitMs: 1500,
  });
}

describe('the autosave (notes, process notes, the intake draft)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once typing pauses for the debounce', async () => {
    const text = { value: '' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    text.value = 'a';
    saver.change();
    await vi.advanceTimersByTimeAsync(699);
    expect(saves.calls).toHaveLength(0);
    expect(saver.getStatus().kind).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.calls.map((c) => c.draft)).toEqual(['a']);
    expect(saver.getStatus().kind).toBe('saving');
    saves.calls[0]!.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus().kind).toBe('saved');
  });

  it('saves within the maximum wait even while typing never pauses', async () => {
    const text = { value: '' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    for (let t = 0; t < 3000; t += 100) {
      text.value += 'x';
      saver.change();
      await vi.advanceTimersByTimeAsync(100);
      if (saves.calls.length > 0) break;
    }
    expect(saves.calls).toHaveLength(1);
    // 15 keystrokes, 100 ms apart: the save started at 1.5 s, with all of them.
    expect(saves.calls[0]!.draft).toHaveLength(15);
  });

  it('never runs two saves at once: changes made during a save are saved right after it', async () => {
    const text = { value: 'one' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    saver.change();
    await vi.advanceTimersByTimeAsync(700);
    expect(saves.calls).toHaveLength(1);
    for (const next of ['one two', 'one two three']) {
      text.value = next;
      saver.change();
      await vi.advanceTimersByTimeAsync(2000);
    }
    expect(saves.calls).toHaveLength(1);
    saves.calls[0]!.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.calls.map((c) => c.draft)).toEqual(['one', 'one two three']);
    saves.calls[1]!.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.mostAtOnce()).toBe(1);
    expect(saver.getStatus().kind).toBe('saved');
  });

  it('flush saves at once, waits for a save already running, and then saves what came after', async () => {
    const text = { value: 'first' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    saver.change();
    await vi.advanceTimersByTimeAsync(700);
    text.value = 'first and second';
    saver.change();
    const flushed = saver.flush();
    saves.calls[0]!.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.calls.map((c) => c.draft)).toEqual(['first', 'first and second']);
    saves.calls[1]!.settle();
    await expect(flushed).resolves.toBe(true);
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('a conflict stops saving and keeps the changes as unsaved until resumed', async () => {
    const text = { value: 'mine' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    saver.change();
    await vi.advanceTimersByTimeAsync(700);
    saves.calls[0]!.settle(new Conflict('Changed in another window.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toEqual({ kind: 'conflict', message: 'Changed in another window.' });
    text.value = 'mine, more';
    saver.change();
    await vi.advanceTimersByTimeAsync(5000);
    await expect(saver.flush()).resolves.toBe(false);
    expect(saves.calls).toHaveLength(1);
    expect(saver.hasUnsavedChanges).toBe(true);

    saver.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(saves.calls.map((c) => c.draft)).toEqual(['mine', 'mine, more']);
    saves.calls[1]!.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus().kind).toBe('saved');
  });

  it('a failed save is tried again with the next change, carrying everything since', async () => {
    const text = { value: 'a' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    saver.change();
    await vi.advanceTimersByTimeAsync(700);
    saves.calls[0]!.settle(new Error('The vault is locked.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getStatus()).toEqual({ kind: 'failed', message: 'The vault is locked.' });
    expect(saver.hasUnsavedChanges).toBe(true);
    text.value = 'ab';
    saver.change();
    await vi.advanceTimersByTimeAsync(700);
    expect(saves.calls.map((c) => c.draft)).toEqual(['a', 'ab']);
  });

  it('announces a change of state once, not on every keystroke', async () => {
    const text = { value: '' };
    const saver = saverOver(text, controlledSaves().save);
    const heard = vi.fn();
    saver.subscribe(heard);
    for (let i = 0; i < 20; i += 1) {
      text.value += 'k';
      saver.change();
    }
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('after stop, nothing waiting is saved and later changes are ignored; a save already running finishes', async () => {
    const text = { value: 'a' };
    const saves = controlledSaves();
    const saver = saverOver(text, saves.save);
    saver.change();
    await vi.advanceTimersByTimeAsync(700);
    text.value = 'ab';
    saver.change();
    saver.stop();
    expect(saver.hasUnsavedChanges).toBe(true);
    saves.calls[0]!.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.hasUnsavedChanges).toBe(false);
    text.value = 'abc';
    saver.change();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await saver.flush()).toBe(true);
    expect(saves.calls.map((c) => c.draft)).toEqual(['a']);
  });
});
