/**
 * Answers to searches asked again (a shared link, a busy city), kept for the index that gave them: a
 * reloaded directory starts afresh, so an answer is never staler than the index. A URL is kept at its
 * second miss, so searches that never repeat cost no memory (a table of URL hashes remembers the first
 * miss; a collision only keeps an answer early). The oldest answer leaves first past `maxEntries`.
 */
export interface AnswerMemo {
  get(index: object, url: string): Buffer | undefined;
  add(index: object, url: string, body: Buffer): void;
}

const SEEN_SLOTS = 1 << 13;

/** FNV-1a over the UTF-16 code units: cheap, and spread enough for a table of first misses. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 1; // never 0, the empty slot
}

export function createAnswerMemo(opts: { maxEntries: number }): AnswerMemo {
  let current: object | null = null;
  const answers = new Map<string, Buffer>();
  const missedOnce = new Int32Array(SEEN_SLOTS);
  const use = (index: object) => {
    if (index === current) return;
    current = index;
    answers.clear();
    missedOnce.fill(0);
  };
  return {
    get(index, url) {
      use(index);
      return answers.get(url);
    },
    add(index, url, body) {
      use(index);
      const h = hash(url);
      const slot = h & (SEEN_SLOTS - 1);
      if (missedOnce[slot] !== h) {
        missedOnce[slot] = h;
        return;
      }
      missedOnce[slot] = 0;
      if (answers.size >= opts.maxEntries) answers.delete(answers.keys().next().value!);
      // A buffer of its own: a body cut from a shared slab would keep the whole slab alive.
      answers.set(url, Buffer.from(body));
    },
  };
}
