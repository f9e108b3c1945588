/** One item's answer from a batch: its value, or its own refusal. */
export type ItemResult<O> = { ok: true; value: O } | { ok: false; error: unknown };

export interface BatcherOptions {
  /** Batches at most this many in the database at once; items arriving meanwhile wait for the next. */
  inFlight: number;
  /** Items at most per batch. */
  max: number;
}

/**
 * Calls that arrive while batches are in the database wait and go together as the next batch: one
 * statement, one round trip and one commit for many. `run` answers a batch with one result per item, in
 * order. Should the batch itself fail, each of its items is run again alone, so an item fails only for
 * its own reason. An item arriving when the database is idle goes at once (after this turn's I/O, so
 * items arriving together still go together).
 */
export function createStatementBatcher<I, O>(
  run: (items: I[]) => Promise<ItemResult<O>[]>,
  options: BatcherOptions,
): (item: I) => Promise<O> {
  const queue: { item: I; resolve: (value: O) => void; reject: (err: unknown) => void }[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function runAlone(item: I): Promise<ItemResult<O>> {
    try {
      return (await run([item]))[0] ?? { ok: false, error: new Error('The statement gave no answer.') };
    } catch (err) {
      return { ok: false, error: err };
    }
  }

  async function runBatch(batch: typeof queue) {
    let results: (ItemResult<O> | undefined)[];
    try {
      results = await run(batch.map((b) => b.item));
    } catch (err) {
      if (batch.length === 1) {
        batch[0]!.reject(err);
        return;
      }
      results = [];
      for (const b of batch) results.push(await runAlone(b.item));
    }
    for (const [i, b] of batch.entries()) {
      const result = results[i] ?? { ok: false, error: new Error('The statement gave no answer.') };
      if (result.ok) b.resolve(result.value);
      else b.reject(result.error);
    }
  }

  function flush() {
    scheduled = false;
    while (inFlight < options.inFlight && queue.length > 0) {
      inFlight++;
      void runBatch(queue.splice(0, options.max)).finally(() => {
        inFlight--;
        schedule();
      });
    }
  }

  function schedule() {
    if (scheduled || queue.length === 0 || inFlight >= options.inFlight) return;
    scheduled = true;
    setImmediate(flush);
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}
