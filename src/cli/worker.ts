/**
 * The guard's worker thread: runs one job at a time for the main thread (src/cli/guard.ts), which
 * ends this thread when a file runs past its time or memory limit.
 */
import { MessageChannel, type MessagePort, parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { runJob, type Job } from './job';

export interface JobMessage {
  id: number;
  job: Job;
  /**
   * Tests only (SAIKEN_GUARD_SELFTEST): make one file hang or grow, so the guard is tested without a
   * slow file; or stop its --json report half way through its first piece, hanging (`stall`) or
   * throwing (`throw`), so a cut report is tested without a report large enough to be slow.
   */
  selftest?: Selftest;
}

export type Selftest = 'hang' | 'grow' | 'stall' | 'throw';

/** The worker's first message: it is ready, and where the main thread hands back the buffers of pieces it has written out. */
export interface ReadyMessage {
  ready: true;
  returns: MessagePort;
}

// Taken as the report is written (synchronously: no event is handled while it is), one at a time.
const { port1: returns, port2: returned } = new MessageChannel();
returned.unref();
const recycled = () => receiveMessageOnPort(returned)?.message as ArrayBuffer | undefined;

parentPort!.on('message', async ({ id, job, selftest }: JobMessage) => {
  if (selftest === 'hang') for (;;);
  if (selftest === 'grow') {
    const hold: number[][] = [];
    for (;;) hold.push(Array.from({ length: 1 << 16 }, (_, i) => i + hold.length));
  }
  // A --json report goes to the main thread in pieces as it is written, ahead of the result: as
  // UTF-8 bytes, handed over (not copied), so the main thread only writes them out.
  const send = (chunk: Uint8Array) => parentPort!.postMessage({ id, chunk }, [chunk.buffer as ArrayBuffer]);
  const emit =
    selftest === 'stall' || selftest === 'throw'
      ? (chunk: Uint8Array) => {
          // Half the piece, cut between two characters.
          let half = chunk.length >> 1;
          while (half > 0 && (chunk[half] & 0xc0) === 0x80) half--;
          send(chunk.slice(0, half));
          if (selftest === 'stall') for (;;);
          throw new Error('selftest: report cut');
        }
      : send;
  parentPort!.postMessage({ id, result: await runJob(job, emit, recycled) });
});
const ready: ReadyMessage = { ready: true, returns };
parentPort!.postMessage(ready, [returns]);
