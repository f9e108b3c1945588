import type { InstrumentDefinitionResponse } from '../../../shared/instruments';

export type Answers = Record<string, number | string>;
type Item = InstrumentDefinitionResponse['items'][number];

/** Skip logic as the definition states it: asked when one of `anyOf` has a value in `answerIn`. */
export function isAsked(item: Item, answers: Answers): boolean {
  if (!item.askedWhen) return true;
  const { anyOf, answerIn } = item.askedWhen;
  return anyOf.some((id) => id in answers && answerIn.some((v) => v === answers[id]));
}

/** Drops answers of items no longer asked (an unasked item must stay unanswered). */
export function pruneUnasked(def: InstrumentDefinitionResponse, answers: Answers): Answers {
  let next = answers;
  for (const item of def.items) {
    if (item.id in next && !isAsked(item, next)) {
      const { [item.id]: _dropped, ...rest } = next;
      next = rest;
    }
  }
  return next;
}

export function progress(def: InstrumentDefinitionResponse, answers: Answers) {
  const required = def.items.filter((i) => !i.optional && isAsked(i, answers));
  const answered = required.filter((i) => i.id in answers).length;
  const runningTotal = def.items
    .filter((i) => i.kind === 'scored' && typeof answers[i.id] === 'number')
    .reduce((sum, i) => sum + (answers[i.id] as number), 0);
  return { answered, required: required.length, complete: answered === required.length, runningTotal };
}

/** The band whose bounds hold a total (bands are data in the definition). */
export function bandForTotal(def: InstrumentDefinitionResponse, total: number) {
  return def.bands.find((b) => b.min !== null && b.max !== null && total >= b.min && total <= b.max) ?? null;
}
