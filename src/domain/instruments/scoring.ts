import type { Band, ValidAnswers } from './types.js';

/** Sum of the numeric answers of the given items (all must be answered: call after validateAnswers). */
export function sumItems(answers: ValidAnswers, itemIds: readonly string[]): number {
  let total = 0;
  for (const id of itemIds) {
    const value = answers[id];
    if (typeof value !== 'number') throw new Error(`Item ${id} has no numeric answer; validate first.`);
    total += value;
  }
  return total;
}

/** The band whose inclusive [min, max] holds the score. Bands are data; a gap is a programming error. */
export function bandFor(bands: readonly Band[], score: number): Band {
  const band = bands.find((b) => b.min !== null && b.max !== null && score >= b.min && score <= b.max);
  if (!band) throw new Error(`No band covers score ${score}.`);
  return band;
}

/** Ids of the given items answered 'yes'. */
export function yesItems(answers: ValidAnswers, itemIds: readonly string[]): string[] {
  return itemIds.filter((id) => answers[id] === 'yes');
}
