/**
 * The built-in instruments (REFERENCE.md §1: COWS, PHQ-9/PHQ-2, GAD-7/GAD-2, ASQ, DSM-5 OUD checklist, TAPS-1,
 * craving 0-10, SOWS). Adding an instrument = one file + one line here.
 */
import { DomainError } from '../errors.js';
import { asq } from './asq.js';
import { cows } from './cows.js';
import { craving } from './craving.js';
import { dsm5Oud } from './dsm5-oud.js';
import { gad2 } from './gad2.js';
import { gad7 } from './gad7.js';
import { phq2 } from './phq2.js';
import { phq9 } from './phq9.js';
import { signsChecklist } from './signs-checklist.js';
import { sows } from './sows.js';
import { taps1 } from './taps1.js';
import type { InstrumentDefinition, ScoreResult } from './types.js';

export const instruments: readonly InstrumentDefinition[] = [
  cows,
  phq9,
  phq2,
  gad7,
  gad2,
  asq,
  dsm5Oud,
  taps1,
  craving,
  sows,
  signsChecklist,
];

const byId = new Map(instruments.map((def) => [def.id, def]));

export function getInstrument(id: string): InstrumentDefinition | undefined {
  return byId.get(id);
}

export function listInstrumentIds(): string[] {
  return instruments.map((def) => def.id);
}

/** Validates and scores; DomainError 'NOT_FOUND' for an unknown instrument, 'VALIDATION' for bad answers. */
export function scoreInstrument(id: string, answers: Record<string, unknown>): ScoreResult {
  const def = getInstrument(id);
  if (!def)
    throw new DomainError('NOT_FOUND', `Unknown instrument "${id.slice(0, 40)}".`, {
      instrumentId: 'Unknown instrument.',
    });
  return def.score(answers);
}
