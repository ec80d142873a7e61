import type { CliInput, CliOutput } from './cli-io';

export class PromptCancelled extends Error {
  constructor() {
    super('Cancelled.');
    this.name = 'PromptCancelled';
  }
}

export type Ask = (question: string) => Promise<string>;

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const CTRL_U = '\u0015';
const ESC = '\u001b';
const BACKSPACES = new Set(['\u007f', '\b']);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Backspace removes what the person sees as one character, even when it is several code points. */
function withoutLastGrapheme(text: string): string {
  let lastStart = 0;
  for (const { index } of graphemes.segment(text)) lastStart = index;
  return text.slice(0, lastStart);
}

/**
 * Asks for passphrases at a terminal without echoing them. The terminal stays in raw mode for the
 * whole exchange, so keys typed between two questions are not echoed either. In raw mode the
 * terminal no longer turns Ctrl+C into a signal, so it arrives here and cancels.
 */
export async function withHiddenInput<T>(
  input: CliInput,
  output: CliOutput,
  use: (ask: Ask) => Promise<T>,
): Promise<T> {
  if (typeof input.setRawMode !== 'function') throw new Error('Hidden input needs a terminal.');
  let pending = '';
  let line = '';
  let ended = false;
  let previous = '';
  let escape: 'none' | 'esc' | 'csi' | 'ss3' = 'none';
  let waiter: { resolve: (line: string) => void; reject: (error: Error) => void } | null = null;

  function answer(result: string | Error): void {
    const current = waiter!;
    waiter = null;
    line = '';
    // Enter was not echoed either; move to the next line ourselves.
    output.write('\n');
    if (typeof result === 'string') current.resolve(result);
    else current.reject(result);
  }

  function consume(): void {
    while (waiter && pending.length > 0) {
      const char = String.fromCodePoint(pending.codePointAt(0)!);
      pending = pending.slice(char.length);
      const before = previous;
      previous = char;
      if (escape === 'esc') {
        escape = char === '[' ? 'csi' : char === 'O' ? 'ss3' : 'none';
      } else if (escape === 'csi') {
        // Arrow and function keys: ESC [ parameters, ended by a byte from @ to ~.
        if (char >= '@' && char <= '~') escape = 'none';
      } else if (escape === 'ss3') {
        escape = 'none';
      } else if (char === '\r' || (char === '\n' && before !== '\r')) {
        answer(line);
      } else if (char === CTRL_C || (char === CTRL_D && line === '')) {
        answer(new PromptCancelled());
      } else if (BACKSPACES.has(char)) {
        line = withoutLastGrapheme(line);
      } else if (char === CTRL_U) {
        line = '';
      } else if (char === ESC) {
        escape = 'esc';
      } else if (char >= ' ' && !(char >= '\u0080' && char <= '\u009f')) {
        line += char;
      }
    }
    if (waiter && ended) answer(new PromptCancelled());
  }

  const onData = (chunk: string | Buffer) => {
    pending += chunk.toString();
    consume();
  };
  const onEnd = () => {
    ended = true;
    consume();
  };

  const ask: Ask = (question) =>
    new Promise<string>((resolve, reject) => {
      if (waiter) throw new Error('One question at a time.');
      output.write(question);
      waiter = { resolve, reject };
      consume();
    });

  input.setRawMode(true);
  input.setEncoding('utf8');
  input.on('data', onData);
  input.on('end', onEnd);
  input.resume();
  try {
    return await use(ask);
  } finally {
    input.removeListener('data', onData);
    input.removeListener('end', onEnd);
    input.setRawMode(false);
    input.pause();
  }
}
