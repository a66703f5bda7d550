/**
 * The per-file guard: every workbook runs in a worker thread with a heap limit (resourceLimits) and a
 * timer, so a runaway file (a data validation over a whole sheet, 50,000 merges, a hostile shared
 * strings part) becomes a message naming it and the batch goes on. One worker serves file after file;
 * it is replaced only after it was stopped.
 *
 * The worker runs the bundled build (dist-cli/worker.js, beside the bundled main) when there is one,
 * else the TypeScript source through tsx.
 */
import { existsSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { join } from 'node:path';
import { type MessagePort, Worker } from 'node:worker_threads';
import type { Language } from '../i18n';
import { cliText } from './locale';
import type { Job, JobResult } from './job';
import type { JobMessage, ReadyMessage, Selftest } from './worker';

export interface Limits {
  /** Per file, seconds. */
  timeoutSeconds: number;
  /** Per file, MB of JavaScript heap. */
  maxMemoryMb: number;
}

/**
 * Five minutes a file (the largest plan workbooks take seconds); the heap Node itself would allow
 * (so `node --max-old-space-size=…` still bounds a file).
 */
export const DEFAULT_LIMITS: Limits = { timeoutSeconds: 300, maxMemoryMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20) };

/**
 * The worker's young generation (Node's `resourceLimits.maxYoungGenerationSizeMb`): 4 MB rather
 * than V8's default of up to 48. The reader and the engine make a great many objects that die
 * young (a cell's pieces, a row's figures); collected often in a small space they never pile up.
 * Measured on the bench's workbooks (docs/performance.md): inspect at 100k cells 136 → 105 MB, at
 * 4M 478 → 448 MB, summary at 1M 720–740 → 645–650 MB, within a few percent of the CPU time.
 */
const YOUNG_GENERATION_MB = 4;

function startWorker(maxMemoryMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, stdout: false, stderr: false };
  const bundled = join(__dirname, 'worker.js');
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = join(__dirname, 'worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { ...options, eval: true });
}

export class Guard {
  private worker: Worker | null = null;
  private ready: Promise<MessagePort> | null = null;
  private nextId = 1;

  constructor(
    private readonly limits: Limits,
    private readonly language: Language,
  ) {}

  /** The worker, with the port its pieces' buffers go back by. */
  private async start(): Promise<{ worker: Worker; returns: MessagePort }> {
    if (!this.worker) {
      const worker = startWorker(this.limits.maxMemoryMb);
      this.worker = worker;
      this.ready = new Promise((done, fail) => {
        const onMessage = (m: Partial<ReadyMessage>) => {
          if (!m.ready) return;
          worker.off('message', onMessage);
          worker.off('error', fail);
          m.returns!.unref();
          done(m.returns!);
        };
        worker.on('message', onMessage);
        worker.once('error', fail);
      });
    }
    const returns = await this.ready!;
    return { worker: this.worker!, returns };
  }

  /**
   * The file's result, or a message naming it when it ran past a limit or its worker died. A --json
   * report comes to `onChunk` in pieces before the result (joined into the result's `out` without it);
   * `cut` says the pieces given there stopped short of a whole report. `onChunk` calls `written`
   * when it holds its piece no longer (never, if it keeps it).
   */
  async run(job: Job, selftest?: Selftest, onChunk?: (chunk: Uint8Array, written: () => void) => void): Promise<JobResult> {
    const t = cliText(this.language);
    const failed = (message: string): JobResult => ({ out: [], err: [message], code: 2 });
    let worker: Worker;
    let returns: MessagePort;
    try {
      ({ worker, returns } = await this.start());
    } catch (e) {
      this.worker = null;
      return failed(this.describe(e, job.file));
    }
    const id = this.nextId++;
    worker.ref();
    try {
      return await new Promise<JobResult>((done) => {
        const settle = (r: JobResult, stop: boolean) => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          if (stop) {
            this.worker = null;
            void worker.terminate();
          }
          done(r);
        };
        const chunks: Uint8Array[] = [];
        let passedOn = false;
        // Stopped after pieces went to onChunk: whatever went out is no whole report.
        const stopped = (message: string): JobResult => (passedOn ? { ...failed(message), cut: true } : failed(message));
        const onMessage = (m: { id?: number; result?: JobResult; chunk?: Uint8Array }) => {
          if (m.id !== id) return;
          if (m.chunk === undefined) settle(onChunk || !chunks.length ? m.result! : { ...m.result!, out: [Buffer.concat(chunks).toString('utf8'), ...m.result!.out] }, false);
          else if (onChunk) {
            passedOn = true;
            // Once written out, its buffer goes back to be filled with a later piece.
            const buffer = m.chunk.buffer as ArrayBuffer;
            onChunk(m.chunk, () => returns.postMessage(buffer, [buffer]));
          } else chunks.push(m.chunk);
        };
        const onError = (e: unknown) => settle(stopped(this.describe(e, job.file)), true);
        const onExit = (code: number) => settle(stopped(t.workerFailed(job.file, `exit ${code}`)), true);
        const timer = setTimeout(() => settle(stopped(t.timedOut(job.file, this.limits.timeoutSeconds)), true), this.limits.timeoutSeconds * 1000);
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
        const message: JobMessage = { id, job, selftest };
        worker.postMessage(message);
      });
    } finally {
      // An idle worker does not keep the process alive.
      this.worker?.unref();
    }
  }

  private describe(e: unknown, file: string): string {
    const t = cliText(this.language);
    const code = e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : undefined;
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') return t.outOfMemory(file, this.limits.maxMemoryMb);
    return t.workerFailed(file, e instanceof Error ? e.message : String(e));
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

const guards = new Map<string, Guard>();

/**
 * One guard per set of limits for the life of the process: an idle worker is kept (unreferenced, so
 * it never holds the process open) for the next call of run() in the same process.
 */
export function guardFor(limits: Limits, language: Language): Guard {
  const key = `${limits.timeoutSeconds}/${limits.maxMemoryMb}/${language}`;
  let guard = guards.get(key);
  if (!guard) guards.set(key, (guard = new Guard(limits, language)));
  return guard;
}

/** SAIKEN_GUARD_SELFTEST="hang:a.xlsx,grow:b.xlsx,stall:c.xlsx" (tests only): the files, as given, to make runaway. */
export function selftestFromEnv(value: string | undefined): Record<string, Selftest> {
  const out: Record<string, Selftest> = {};
  for (const part of (value ?? '').split(',')) {
    const m = /^(hang|grow|stall|throw):(.+)$/.exec(part.trim());
    if (m) out[m[2]] = m[1] as Selftest;
  }
  return out;
}
