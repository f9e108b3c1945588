/**
 * A stored instrument response as FHIR R4 resources (issue 3): the answers as a QuestionnaireResponse
 * (hl7.org/fhir/R4/questionnaireresponse.html) whose answer codings match the Questionnaire's answerOption
 * codings, and the total as an Observation (hl7.org/fhir/R4/observation.html) coded with the instrument's LOINC
 * total code where the definition has one (REFERENCE.md 1.2, e.g. PHQ-9 44261-6), else a local code.
 */
import type { Observation, QuestionnaireResponse } from '@medplum/fhirtypes';
import type { assessment } from '../../db/schema/index.js';
import type { InstrumentDefinition } from '../../domain/instruments/types.js';
import { answerSystem, HAVEN_CANONICAL_BASE, questionnaireUrl } from './questionnaire.js';

type AssessmentRow = typeof assessment.$inferSelect;

const LOINC = 'http://loinc.org';
/** Local code system for instrument totals without a LOINC code (e.g. COWS, REFERENCE.md 1.1). */
export const LOCAL_TOTAL_SYSTEM = 'urn:haven:instrument-total';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const bandSystem = (id: string) => `${HAVEN_CANONICAL_BASE}/CodeSystem/${id}-bands`;

export function toQuestionnaireResponse(
  def: InstrumentDefinition,
  row: AssessmentRow,
  opts: { superseded: boolean },
): QuestionnaireResponse {
  const answers = row.answers as Record<string, number | string>;
  return {
    resourceType: 'QuestionnaireResponse',
    id: row.id,
    questionnaire: `${questionnaireUrl(def.id)}|${row.instrumentVersion}`,
    // A correction is `amended`; the response it corrects keeps `completed` and names its successor below.
    status: row.amendsId ? 'amended' : 'completed',
    subject: { reference: `Patient/${row.patientId}` },
    authored: row.administeredAt.toISOString(),
    ...(row.administeredBy ? { author: { reference: `Practitioner/${row.administeredBy}` } } : {}),
    ...(opts.superseded
      ? { extension: [{ url: `${HAVEN_CANONICAL_BASE}/StructureDefinition/superseded`, valueBoolean: true }] }
      : {}),
    item: def.items
      .filter((item) => Object.hasOwn(answers, item.id))
      .map((item) => {
        const value = answers[item.id]!;
        const option = item.options.find((o) => o.value === value);
        return {
          linkId: item.id,
          text: item.text.en,
          answer: [
            {
              valueCoding: {
                system: answerSystem(def.id),
                code: String(value),
                ...(option ? { display: option.label.en } : {}),
              },
            },
          ],
        };
      }),
  };
}

export function toTotalObservation(def: InstrumentDefinition, row: AssessmentRow): Observation {
  const loincTotal = def.loinc?.total;
  const band = row.band ? def.bands.find((b) => b.id === row.band) : undefined;
  const bandCoding = row.band
    ? { system: bandSystem(def.id), code: row.band, ...(band ? { display: band.label.en } : {}) }
    : undefined;
  const value: Partial<Observation> =
    row.score === null
      ? // Rule-based screens (ASQ, TAPS-1) have no total: the result is the band itself.
        bandCoding
        ? { valueCodeableConcept: { coding: [bandCoding], text: band?.label.en } }
        : {}
      : Number.isInteger(row.score)
        ? { valueInteger: row.score }
        : {
            valueQuantity: {
              value: row.score,
              unit: '{score}',
              system: 'http://unitsofmeasure.org',
              code: '{score}',
            },
          };
  return {
    resourceType: 'Observation',
    id: row.id,
    status: row.amendsId ? 'amended' : 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: loincTotal
      ? { coding: [{ system: LOINC, code: loincTotal }], text: `${def.title.en} total` }
      : { coding: [{ system: LOCAL_TOTAL_SYSTEM, code: def.id }], text: `${def.title.en} total` },
    subject: { reference: `Patient/${row.patientId}` },
    effectiveDateTime: row.administeredAt.toISOString(),
    issued: row.createdAt.toISOString(),
    ...(row.administeredBy ? { performer: [{ reference: `Practitioner/${row.administeredBy}` }] } : {}),
    ...value,
    ...(bandCoding ? { interpretation: [{ coding: [bandCoding], text: band?.label.en }] } : {}),
    derivedFrom: [{ reference: `QuestionnaireResponse/${row.id}` }],
  };
}
