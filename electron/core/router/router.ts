import { z } from 'zod';
import {
  channels,
  isChannel,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
} from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import { AppError } from '../base/app-error';

export type Handler<C extends Channel> = (
  input: z.output<(typeof channels)[C]['input']>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export interface RouterOptions {
  /** Called with the channel name and duration of slow calls: never with payloads. */
  onSlow?: (channel: Channel, ms: number) => void;
  slowMs?: number;
  /** Called for failures that were not expected (a bug or an I/O fault), with the error itself. */
  onInternalError?: (channel: string, error: unknown) => void;
  /**
   * Why the open vault refuses writes, when it does (it is kept as evidence): said in place of
   * SQLite's "attempt to write a readonly database" for any call that tried to write.
   */
  writesRefused?: () => AppError | null;
  /** Why a channel is turned away before its input is even read (client mode), or null. */
  refuses?: (channel: Channel) => AppError | null;
}

export interface Router {
  invoke(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

function validationMessage(error: z.ZodError): Pick<AppError['extra'], 'issues'> & { message: string } {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const where = first?.path ? `${first.path}: ` : '';
  return { message: `Some of what was entered is not valid. ${where}${first?.message ?? ''}`.trim(), issues };
}

/**
 * The one door into the main side. Checks the channel exists, validates the payload against the
 * contract, runs the handler, and turns every outcome into a result envelope: SQL text, stacks and
 * file paths never cross.
 */
export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const slowMs = options.slowMs ?? 100;
  async function invoke(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Unknown request.' } };
    }
    const refusal = options.refuses?.(channel);
    if (refusal) return { ok: false, error: refusal.toBridge() };
    const parsed = channels[channel].input.safeParse(payload);
    if (!parsed.success) {
      const { message, issues } = validationMessage(parsed.error);
      return { ok: false, error: { code: 'VALIDATION', message, issues } };
    }
    const started = performance.now();
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBridge() };
      const refusal = isReadOnly(error) ? options.writesRefused?.() : null;
      if (refusal) return { ok: false, error: refusal.toBridge() };
      options.onInternalError?.(channel, error);
      if (isDiskFull(error)) {
        return {
          ok: false,
          error: {
            code: 'IO',
            message: 'The disk is full, so nothing was saved. Free some space and try again.',
          },
        };
      }
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong inside Rapport. Nothing was changed.' },
      };
    } finally {
      const ms = performance.now() - started;
      if (ms >= slowMs) options.onSlow?.(channel, ms);
    }
  }
  return {
    invoke,
    call: (channel, input) => invoke(channel, input) as never,
  };
}

function isReadOnly(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}
