/**
 * An instrument definition as a FHIR R4 Questionnaire (hl7.org/fhir/R4/questionnaire.html), built from the same
 * data the JSON API serves, so the two can never disagree. English text, with Spanish in the core `translation`
 * extension on each text element.
 */
import type {
  Coding,
  Element,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireItemEnableWhen,
} from '@medplum/fhirtypes';
import type {
  InstrumentDefinition,
  InstrumentItem,
  Localized,
  OptionValue,
} from '../../domain/instruments/types.js';

/** Canonical base of Haven's conformance resources: an identifier, not a resolvable address. */
export const HAVEN_CANONICAL_BASE = 'https://haven.example/fhir';
const LOINC = 'http://loinc.org';
const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/** fhirtypes does not model primitive-element extensions (`_text`), which carry the translations. */
type Translated<T, K extends string> = T & { [P in `_${K}`]?: Element };

export type HavenQuestionnaire = Translated<Questionnaire, 'title'> & {
  item: Translated<QuestionnaireItem, 'text'>[];
};

export const questionnaireUrl = (id: string) => `${HAVEN_CANONICAL_BASE}/Questionnaire/${id}`;
/** Answer codes are the API's option values as strings, scoped to the instrument. */
export const answerSystem = (id: string) => `${HAVEN_CANONICAL_BASE}/CodeSystem/${id}-answers`;

export function toQuestionnaire(def: InstrumentDefinition): HavenQuestionnaire {
  const panel = def.loinc?.panel;
  return {
    resourceType: 'Questionnaire',
    id: def.id,
    language: 'en',
    url: questionnaireUrl(def.id),
    version: def.version,
    // que-0: a computable name; 'dsm5-oud' -> 'Dsm5Oud'.
    name: def.id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase()),
    title: def.title.en,
    _title: spanish(def.title),
    status: 'active',
    subjectType: ['Patient'],
    description: def.description.en,
    copyright: def.licence,
    ...(panel ? { code: [{ system: LOINC, code: panel }] } : {}),
    item: def.items.map((item) => toItem(def, item)),
  };
}

function toItem(def: InstrumentDefinition, item: InstrumentItem): Translated<QuestionnaireItem, 'text'> {
  const base: Translated<QuestionnaireItem, 'text'> = {
    linkId: item.id,
    text: item.text.en,
    _text: spanish(item.text),
    type: 'display',
  };
  // An item without options has nothing to answer: display, which may carry neither code (que-3) nor required (que-6).
  if (item.options.length === 0) return base;
  const loinc = def.loinc?.items?.[item.id];
  // ordinalValue only where the values are points added into a total: tools such as LHC-Forms sum every
  // ordinalValue, which would be wrong for info items (PHQ-9 difficulty) and total-less screens (TAPS-1).
  const points = item.kind === 'scored' && def.scoreRange !== null;
  return {
    ...base,
    ...(loinc ? { code: [{ system: LOINC, code: loinc }] } : {}),
    type: 'choice',
    required: !item.optional,
    ...enableWhen(def, item),
    answerOption: item.options.map(
      (o): QuestionnaireItemAnswerOption & { valueCoding: Translated<Coding, 'display'> } => ({
        ...(points && typeof o.value === 'number'
          ? { extension: [{ url: ORDINAL_VALUE, valueDecimal: o.value }] }
          : {}),
        valueCoding: { ...coding(def, o.value), display: o.label.en, _display: spanish(o.label) },
      }),
    ),
  };
}

/** askedWhen (any of these items answered with any of these values) as enableWhen with behaviour "any". */
function enableWhen(def: InstrumentDefinition, item: InstrumentItem) {
  if (!item.askedWhen) return {};
  const { anyOf, answerIn } = item.askedWhen;
  const conditions = anyOf.flatMap((question) =>
    answerIn.map(
      (value): QuestionnaireItemEnableWhen => ({ question, operator: '=', answerCoding: coding(def, value) }),
    ),
  );
  return { enableWhen: conditions, enableBehavior: 'any' as const };
}

function coding(def: InstrumentDefinition, value: OptionValue): Coding {
  return { system: answerSystem(def.id), code: String(value) };
}

function spanish(text: Localized): Element {
  return {
    extension: [
      {
        url: TRANSLATION,
        extension: [
          { url: 'lang', valueCode: 'es' },
          { url: 'content', valueString: text.es },
        ],
      },
    ],
  };
}
