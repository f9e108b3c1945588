import type { Patient as FhirPatient } from '@medplum/fhirtypes';
import { and, asc, between, eq, type SQL, sql } from 'drizzle-orm';
import { patient } from '../../../db/schema/index.js';
import { chartAccessBasis } from '../../../domain/access/chart-access.js';
import {
  type FhirPatientSearchInput,
  parseFhirPatientSearch,
} from '../../../domain/patients/fhir-search-params.js';
import { normalizeMrn } from '../../../domain/patients/mrn.js';
import { mrnSystem, toFhirPatient } from '../../fhir/patient.js';
import type { ChartCaller } from './chart-caller.js';

const NAME = sql`lower(${patient.legalFirstName} || ' ' || ${patient.legalLastName} || ' ' || coalesce(${patient.preferredName}, ''))`;

// Qualified by hand: in a select list Drizzle renders `patient.id` unqualified, which the subqueries
// below would read as their own table's id.
const PATIENT_ID = sql.raw('"patient"."id"');

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * GET /fhir/R4/Patient?name=&birthdate=&identifier=: patients of the caller's organization whose chart the
 * caller may open (chart-access.ts), in name order. `name` matches when every word occurs in the legal or preferred name. Audited as one `patient.search` event naming the
 * parameters used and the number of results, never the values searched for.
 */
export async function searchFhirPatients(
  opts: ChartCaller & { input: FhirPatientSearchInput },
): Promise<{ patients: FhirPatient[]; complete: boolean }> {
  const { db, audit, session, actor } = opts;
  const criteria = parseFhirPatientSearch(opts.input, mrnSystem(session.organizationId));
  const onCareTeam = sql<boolean>`exists (select 1 from care_team_member c where c.patient_id = ${PATIENT_ID}
    and c.user_id = ${session.userId} and c.removed_at is null)`;
  const breakGlass = sql<boolean>`exists (select 1 from break_glass_grant g where g.patient_id = ${PATIENT_ID}
    and g.user_id = ${session.userId} and g.expires_at > now())`;
  // The care relationship as a filter, so `_count` counts openable charts; chartAccessBasis below decides.
  const relation: SQL | undefined =
    session.role === 'director'
      ? undefined
      : session.role === 'intake'
        ? sql`(${onCareTeam} or ${breakGlass} or ${patient.status} = 'pre-admission')`
        : sql`(${onCareTeam} or ${breakGlass})`;

  return db.transaction(async (tx) => {
    const rows = criteria.impossible
      ? []
      : await tx
          .select({ p: patient, onCareTeam, breakGlass })
          .from(patient)
          .where(
            and(
              eq(patient.organizationId, session.organizationId),
              // Every word typed occurs in the name ("ana quin" finds Anabel "Ana" Quintero).
              ...(criteria.nameContains ?? '')
                .split(' ')
                .filter(Boolean)
                .map((word) => sql`${NAME} like ${`%${likeEscape(word)}%`}`),
              criteria.birthDate
                ? between(patient.dateOfBirth, criteria.birthDate.from, criteria.birthDate.to)
                : undefined,
              // MRNs are stored normalised (domain/patients/mrn.ts): 'hv-1001' finds HV-1001, as the chart search does.
              criteria.mrn !== null ? eq(patient.mrn, normalizeMrn(criteria.mrn)) : undefined,
              relation,
            ),
          )
          .orderBy(asc(patient.legalLastName), asc(patient.legalFirstName), asc(patient.id))
          .limit(criteria.count);
    const openable = rows.filter(
      (r) =>
        chartAccessBasis({
          role: session.role,
          onCareTeam: r.onCareTeam,
          patientStatus: r.p.status,
          hasActiveBreakGlass: r.breakGlass,
        }) !== null,
    );
    await audit.record(tx, actor, {
      action: 'patient.search',
      outcome: 'success',
      resourceType: 'patient',
      details: { interface: 'fhir', params: criteria.params, resultCount: openable.length },
    });
    return { patients: openable.map((r) => toFhirPatient(r.p)), complete: rows.length < criteria.count };
  });
}
