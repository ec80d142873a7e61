import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { flushed } from '../../electron/tools/cli/run-in-process';

describe('flushed', () => {
  it('resolves only once every write before it has been handed on', async () => {
    const handedOn: string[] = [];
    // A pipe that takes its time, as a macOS pipe does: each write completes a turn later.
    const slowPipe = new Writable({
      write(chunk: Buffer, _encoding, done) {
        setImmediate(() => {
          handedOn.push(chunk.toString());
          done();
        });
      },
    });
    slowPipe.write('Saved summary.pdf\n');
    slowPipe.write('{"pages": 2}\n');
    await flushed(slowPipe);
    expect(handedOn.join('')).toBe('Saved summary.pdf\n{"pages": 2}\n');
  });

  it('resolves on a stream that has failed, so a closed pipe never holds the exit', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    broken.on('error', () => undefined);
    broken.write('lost\n');
    await flushed(broken);
    expect(broken.destroyed).toBe(true);
  });
});
