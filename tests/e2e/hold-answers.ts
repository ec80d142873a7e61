import type { Result } from '../../shared/errors';
import type { LaunchedApp } from './harness';

/**
 * Makes the main side's answers on one channel wait until released (the work itself is done at
 * once): a slow restore, a list still on its way, to see what the page shows meanwhile.
 */
export function holdAnswers(app: LaunchedApp, channel: string): () => void {
  const invoke = app.core.router.invoke;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  app.core.router.invoke = async (name: unknown, payload: unknown): Promise<Result<unknown>> => {
    const result = await invoke(name, payload);
    if (name === channel) await held;
    return result;
  };
  return release;
}
