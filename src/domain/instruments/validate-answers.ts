import { DomainError } from '../errors.js';
import type { AskedWhen, InstrumentDefinition, OptionValue, ValidAnswers } from './types.js';

/**
 * Checks answers against an instrument definition and returns only the answered items.
 * Throws DomainError('VALIDATION') naming every offending item in `fields` when an answer is missing for a
 * required (and asked) item, an item id is unknown, a value is not one of the item's options, or an item that
 * skip logic did not ask was answered. A missing answer is never turned into 0.
 */
export function validateAnswers(
  def: Pick<InstrumentDefinition, 'id' | 'items'>,
  answers: unknown,
): ValidAnswers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new DomainError('VALIDATION', `Answers for ${def.id} must be an object keyed by item id.`, {
      answers: 'Expected an object keyed by item id.',
    });
  }
  const raw = answers as Record<string, unknown>;
  // A Map, so that hostile keys such as "__proto__" are reported instead of swallowed by an object literal.
  const problems = new Map<string, string>();
  const known = new Set(def.items.map((item) => item.id));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.set(key, `Unknown item "${truncate(key)}" for ${def.id}.`);
  }

  const valid: Record<string, OptionValue> = {};
  for (const item of def.items) {
    const value = Object.hasOwn(raw, item.id) ? raw[item.id] : undefined;
    const answered = value !== undefined && value !== null;
    const asked = item.askedWhen ? isAsked(item.askedWhen, raw) : true;
    if (!asked) {
      if (answered)
        problems.set(item.id, `Item ${item.id} is not asked with these answers; leave it unanswered.`);
      continue;
    }
    if (!answered) {
      if (!item.optional) problems.set(item.id, `Item ${item.id} needs an answer.`);
      continue;
    }
    const option = item.options.find((o) => o.value === value);
    if (!option) {
      const allowed = item.options.map((o) => String(o.value)).join(', ');
      problems.set(item.id, `Item ${item.id}: ${describe(value)} is not one of its options (${allowed}).`);
      continue;
    }
    valid[item.id] = option.value;
  }

  if (problems.size > 0) {
    const message = `Invalid answers for ${def.id}: ${[...problems.values()].join(' ')}`;
    throw new DomainError('VALIDATION', message, Object.fromEntries(problems));
  }
  return valid;
}

/** Whether skip logic asks the item, given the (raw) answers. */
export function isAsked(rule: AskedWhen, answers: Readonly<Record<string, unknown>>): boolean {
  return rule.anyOf.some((id) => Object.hasOwn(answers, id) && rule.answerIn.some((v) => v === answers[id]));
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A short, safe description of a rejected value (never the whole payload). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a value of type ${Array.isArray(value) ? 'array' : typeof value}`;
}
