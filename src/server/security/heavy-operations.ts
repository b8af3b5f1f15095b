import { refusal, SecurityErrorCode } from './error-codes';

/**
 * At most `slots` heavy operations (estimated cost above a threshold) run at once per hub process; the
 * others wait for a slot, at most `maxWaitMs`, then are answered QUERY_BUDGET_EXCEEDED (`limit: "queue"`).
 * Cheap operations never wait, so a burst of expensive queries cannot starve them of the event loop.
 */
export class HeavyOperationSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly maxWaitMs: number,
  ) {}

  /** Resolves with the function that frees the slot again. */
  async acquire(): Promise<() => void> {
    if (this.running >= this.slots) await this.waitForSlot();
    this.running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.waiting.shift()?.();
    };
  }

  private waitForSlot(): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        reject(
          refusal(
            SecurityErrorCode.QUERY_BUDGET_EXCEEDED,
            `The hub is busy with other large operations; this one waited ${this.maxWaitMs.toLocaleString('en-US')} ms for its turn. Try again, or ask for smaller pages (first).`,
            503,
            { limit: 'queue', max: this.maxWaitMs },
          ),
        );
      }, this.maxWaitMs);
      this.waiting.push(wake);
    });
  }
}
