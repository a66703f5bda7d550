/**
 * The write batch: operations queued on one request context and sent in as few syncs as the
 * request limit allows — one, unless the estimated request passes CHUNK_BYTES. Excel on the web
 * refuses requests over 5 MB; the estimate counts every argument as UTF-8 JSON plus a fixed cost
 * per action, and the 10 % margin covers the request's own framing.
 */
import { CODES, errorCode } from './errors';

export const REQUEST_LIMIT = 5_000_000;
export const CHUNK_BYTES = 4_500_000;
/**
 * What an action costs beyond its arguments: its path, method name and ids. The Excel performance
 * guide's 10,000 getRangeByIndexes + values writes "would likely exceed the 5MB payload size limit":
 * some 250 bytes an action (learn.microsoft.com/office/dev/add-ins/excel/performance).
 */
export const ACTION_BYTES = 250;

export class WriteBatch {
  private bytes = 0;
  private actions = 0;
  /** What the loads queued since the last sync will bring back (Excel refuses a response over 5 MB as it does a request). */
  private response = 0;
  /** What is queued since the last sync, to queue again in halves when Excel refuses the size. */
  private pending: { queue: () => void; cost: number; actions: number }[] = [];
  syncs = 0;
  /** Of those, the syncs whose request Excel ran (one refused as too large ran nothing). */
  applied = 0;

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly limit = CHUNK_BYTES,
  ) {}

  /**
   * Queues `queue` (which may queue several actions), syncing first if it would not fit: its request, or the response
   * its loads bring back (`responseBytes`).
   */
  async add(argumentBytes: number, queue: () => void, actions = 1, responseBytes = 0): Promise<void> {
    const cost = argumentBytes + actions * ACTION_BYTES;
    if (this.actions > 0 && (this.bytes + cost > this.limit || this.response + responseBytes > this.limit)) await this.flush();
    queue();
    this.pending.push({ queue, cost, actions });
    this.bytes += cost;
    this.actions += actions;
    this.response += responseBytes;
  }

  async flush(): Promise<void> {
    if (this.actions === 0) return;
    const sent = this.pending;
    this.pending = [];
    this.bytes = 0;
    this.actions = 0;
    this.response = 0;
    await this.send(sent, false);
  }

  /**
   * One sync; a request Excel refuses as too large (RequestPayloadSizeLimitExceeded: the whole
   * request is refused, no action of it runs) is queued again in two halves, each sent on its own.
   */
  private async send(ops: { queue: () => void }[], requeue: boolean): Promise<void> {
    if (requeue) for (const op of ops) op.queue();
    try {
      await this.ctx.sync();
      this.syncs++;
      this.applied++;
    } catch (e) {
      if (errorCode(e) !== CODES.requestTooLarge || ops.length < 2) throw e;
      this.syncs++;
      const half = Math.ceil(ops.length / 2);
      await this.send(ops.slice(0, half), true);
      await this.send(ops.slice(half), true);
    }
  }
}
