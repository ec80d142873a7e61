import type { Page } from '@playwright/test';
import type { LaunchedApp } from '../e2e/harness';
import { summarise } from './timing';

/** One notch of a mouse wheel, and how often a quick flick of the finger turns it. */
const NOTCH_PX = 100;
const NOTCH_INTERVAL_MS = 25;

interface FrameProbe {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  running: boolean;
}

interface ProbePage {
  requestAnimationFrame(callback: (time: number) => void): number;
  __rapportFrameProbe?: FrameProbe;
}

/**
 * Runs in the page: stamps every animation frame and records every long task, until stopped.
 * Passed as source, so it uses nothing from this module.
 */
function startFrameProbe(): void {
  const page = globalThis as unknown as ProbePage;
  const probe: FrameProbe = { frames: [], longTasks: [], running: true };
  page.__rapportFrameProbe = probe;
  const tick = (time: number) => {
    probe.frames.push(time);
    if (probe.running) page.requestAnimationFrame(tick);
  };
  page.requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask' } as never);
}

function stopFrameProbe(): FrameProbe {
  const probe = (globalThis as unknown as ProbePage).__rapportFrameProbe!;
  probe.running = false;
  return probe;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const round = (ms: number) => Math.round(ms * 10) / 10;

interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

async function atBottom(page: Page): Promise<{ top: number; bottom: boolean }> {
  return page.getByRole('grid', { name: 'Clients' }).evaluate((grid: ScrollBox) => ({
    top: grid.scrollTop,
    bottom: grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1,
  }));
}

/**
 * Frame intervals while the whole client list (every status, so all 600) is scrolled from top to
 * bottom with the mouse wheel. The display's frame interval is taken from the quiet second before;
 * a frame counts as dropped for each display frame an interval spans beyond the first.
 */
export async function scrollWorkload(app: LaunchedApp) {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Home' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Clients' }).click();
  const archived = page.getByRole('button', { name: 'Archived' });
  if ((await archived.getAttribute('aria-pressed')) !== 'true') await archived.click();
  const count = await page.locator('.clients-count').textContent();
  const grid = page.getByRole('grid', { name: 'Clients' });
  const box = (await grid.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

  await page.evaluate(startFrameProbe);
  await sleep(1000);
  const quiet = await page.evaluate(
    () => (globalThis as unknown as ProbePage).__rapportFrameProbe!.frames.length,
  );
  let notches = 0;
  for (let position = await atBottom(page); !position.bottom && notches < 3000;) {
    await page.mouse.wheel(0, NOTCH_PX);
    notches += 1;
    await sleep(NOTCH_INTERVAL_MS);
    if (notches % 10 === 0) position = await atBottom(page);
  }
  await sleep(300);
  const probe = await page.evaluate(stopFrameProbe);
  const reached = await atBottom(page);

  const intervals = (from: number, to: number) =>
    probe.frames.slice(from + 1, to).map((time, i) => time - probe.frames[from + i]!);
  const display = summarise(intervals(0, quiet)).medianMs;
  const scrolling = intervals(quiet, probe.frames.length);
  const spans = scrolling.map((interval) => Math.max(1, Math.round(interval / display)));
  const displayFrames = spans.reduce((sum, n) => sum + n, 0);
  const frame = summarise(scrolling);
  const scrollStart = probe.frames[quiet]!;
  const longTasks = probe.longTasks.filter((task) => task.start >= scrollStart);
  return {
    clients: count,
    notches,
    reachedTheEnd: reached.bottom,
    scrolledPx: Math.round(reached.top),
    displayFrameMs: display,
    frames: scrolling.length,
    frameTime: { medianMs: frame.medianMs, p95Ms: frame.p95Ms, maxMs: round(Math.max(...scrolling)) },
    droppedFrameShare: Math.round((1000 * (displayFrames - scrolling.length)) / displayFrames) / 1000,
    longTasks: {
      count: longTasks.length,
      totalMs: round(longTasks.reduce((sum, t) => sum + t.duration, 0)),
      maxMs: round(Math.max(0, ...longTasks.map((t) => t.duration))),
    },
  };
}
