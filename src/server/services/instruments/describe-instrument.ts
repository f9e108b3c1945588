import { DomainError } from '../../../domain/errors.js';
import { getInstrument, instruments } from '../../../domain/instruments/registry.js';
import type { InstrumentDefinition } from '../../../domain/instruments/types.js';
import type {
  InstrumentDefinitionResponse,
  InstrumentLang,
  InstrumentListResponse,
} from '../../../shared/instruments.js';

/** The registered instruments in registry order, titles in `lang`. */
export function listInstruments(lang: InstrumentLang): InstrumentListResponse {
  return {
    ids: instruments.map((def) => def.id),
    instruments: instruments.map((def) => ({ id: def.id, version: def.version, title: def.title[lang] })),
  };
}

/** An instrument by id; DomainError 'NOT_FOUND' (the same error the registry's scoring throws) otherwise. */
export function requireInstrument(id: string): InstrumentDefinition {
  const def = getInstrument(id);
  if (!def) {
    throw new DomainError('NOT_FOUND', `Unknown instrument "${id.slice(0, 40)}".`, {
      instrumentId: 'Unknown instrument.',
    });
  }
  return def;
}

/** The definition as public data in one language: items and options keep the published order. */
export function describeInstrument(
  def: InstrumentDefinition,
  lang: InstrumentLang,
): InstrumentDefinitionResponse {
  return {
    id: def.id,
    version: def.version,
    lang,
    title: def.title[lang],
    description: def.description[lang],
    scoreRange: def.scoreRange,
    bands: def.bands.map((b) => ({
      id: b.id,
      min: b.min,
      max: b.max,
      label: b.label[lang],
      interpretation: b.interpretation[lang],
    })),
    flags: def.flags.map((f) => ({
      id: f.id,
      severity: f.severity,
      label: f.label[lang],
      nextSteps: f.nextSteps[lang],
    })),
    allowsPartial: def.allowsPartial,
    citation: def.citation,
    licence: def.licence,
    items: def.items.map((item) => ({
      id: item.id,
      text: item.text[lang],
      kind: item.kind,
      optional: item.optional ?? false,
      askedWhen: item.askedWhen ?? null,
      loinc: def.loinc?.items?.[item.id] ?? null,
      options: item.options.map((o) => ({ value: o.value, label: o.label[lang] })),
    })),
  };
}
