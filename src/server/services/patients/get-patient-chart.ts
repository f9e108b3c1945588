import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.js';
import { patient, user } from '../../../db/schema/index.js';
import type {
  ChartCareTeamMember,
  ChartEpisode,
  ChartProblem,
  PatientChart,
} from '../../../shared/patient-chart.js';
import type { ChartContext } from './chart-access.js';

const iso = (v: string | Date) => new Date(v).toISOString();

interface EpisodeJson extends Omit<ChartEpisode, 'site' | 'primaryCounselor' | 'prescriber'> {
  siteId: string | null;
  siteName: string | null;
  counselorId: string | null;
  counselorName: string | null;
  prescriberId: string | null;
  prescriberName: string | null;
}

/**
 * The chart summary in one statement (DESIGN.md: "one query for a chart summary, not ten"): the patient
 * row with its episodes (site, counselor and prescriber names), current care team and active problems
 * aggregated as JSON by correlated subqueries. Runs inside withChartAccess's transaction.
 */
export async function getPatientChart(
  tx: Tx,
  opts: { patientId: string; organizationId: string; userId: string; access: ChartContext; now?: Date },
): Promise<PatientChart | null> {
  const now = opts.now ?? new Date();
  const [row] = await tx
    .select({
      p: patient,
      episodes: sql<EpisodeJson[]>`(
        select coalesce(json_agg(json_build_object(
          'id', e.id, 'admittedAt', e.admitted_at, 'levelOfCare', e.level_of_care,
          'dischargedAt', e.discharged_at, 'dischargeReason', e.discharge_reason,
          'siteId', s.id, 'siteName', s.name,
          'counselorId', c.id, 'counselorName', c.display_name,
          'prescriberId', pr.id, 'prescriberName', pr.display_name
        ) order by e.admitted_at desc), '[]'::json)
        from episode e
        left join site s on s.id = e.site_id
        left join ${user} c on c.id = e.primary_counselor_id
        left join ${user} pr on pr.id = e.prescriber_id
        where e.patient_id = patient.id)`,
      careTeam: sql<ChartCareTeamMember[]>`(
        select coalesce(json_agg(json_build_object(
          'userId', u.id, 'displayName', u.display_name, 'careRole', ct.care_role, 'addedAt', ct.added_at
        ) order by ct.added_at), '[]'::json)
        from care_team_member ct join ${user} u on u.id = ct.user_id
        where ct.patient_id = patient.id and ct.removed_at is null)`,
      problems: sql<ChartProblem[]>`(
        select coalesce(json_agg(json_build_object(
          'id', pp.id, 'icd10Code', pp.icd10_code, 'description', pp.description,
          'onsetDate', pp.onset_date, 'status', pp.status, 'recordedAt', pp.recorded_at
        ) order by pp.recorded_at desc), '[]'::json)
        from patient_problem pp where pp.patient_id = patient.id and pp.status = 'active')`,
      emergencyUntil: sql<string | Date | null>`(
        select max(g.expires_at) from break_glass_grant g
        where g.patient_id = patient.id and g.user_id = ${opts.userId}
          and g.expires_at > ${now.toISOString()}::timestamptz)`,
    })
    .from(patient)
    .where(and(eq(patient.id, opts.patientId), eq(patient.organizationId, opts.organizationId)));
  if (!row) return null;
  const { p } = row;
  return {
    id: p.id,
    mrn: p.mrn,
    legalFirstName: p.legalFirstName,
    legalLastName: p.legalLastName,
    preferredName: p.preferredName,
    pronouns: p.pronouns,
    dateOfBirth: p.dateOfBirth,
    language: p.language,
    phone: p.phone,
    email: p.email,
    address: p.address,
    emergencyContact: p.emergencyContact,
    insurance: p.insurance,
    allergies: p.allergies,
    medications: p.medications,
    status: p.status,
    updatedAt: p.updatedAt.toISOString(),
    episodes: row.episodes.map((e) => ({
      id: e.id,
      admittedAt: iso(e.admittedAt),
      site: e.siteId ? { id: e.siteId, name: e.siteName ?? '' } : null,
      levelOfCare: e.levelOfCare,
      primaryCounselor: e.counselorId ? { id: e.counselorId, displayName: e.counselorName ?? '' } : null,
      prescriber: e.prescriberId ? { id: e.prescriberId, displayName: e.prescriberName ?? '' } : null,
      dischargedAt: e.dischargedAt ? iso(e.dischargedAt) : null,
      dischargeReason: e.dischargeReason,
    })),
    careTeam: row.careTeam.map((m) => ({ ...m, addedAt: iso(m.addedAt) })),
    problems: row.problems.map((pr) => ({ ...pr, recordedAt: iso(pr.recordedAt) })),
    access: {
      basis: opts.access.basis,
      emergencyUntil:
        opts.access.basis === 'break-glass' && row.emergencyUntil ? iso(row.emergencyUntil) : null,
    },
  };
}
