import { type SQL, sql } from 'drizzle-orm';
import { user } from '../../../db/schema/index.js';
import type { TimelineKind } from '../../../shared/patient-chart.js';

/**
 * Where each timeline kind comes from: one SELECT per source producing the same six columns
 * (kind, event, at, title, summary, ref_id), no more detail than a timeline line needs. A new kind
 * (plans, notes, doses, drug screens, check-ins) is one entry here plus its name in TIMELINE_KINDS.
 */
export interface TimelineSource {
  kind: TimelineKind;
  select: (patientId: string) => SQL;
}

export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  {
    kind: 'assessment',
    select: (id) => sql`select 'assessment'::text, 'recorded'::text, a.administered_at, a.instrument_id,
      nullif(concat_ws(' · ', a.score::text, a.band), ''), a.id::text
      from assessment a where a.patient_id = ${id}`,
  },
  {
    kind: 'asam',
    select: (id) => sql`select 'asam'::text, 'recorded'::text, x.assessed_at, x.chosen_level,
      x.recommended_level, x.id::text from asam_assessment x where x.patient_id = ${id}`,
  },
  {
    kind: 'consent',
    select: (id) => sql`select 'consent'::text, 'signed'::text, c.signed_at, c.kind, null::text, c.id::text
      from consent c where c.patient_id = ${id}
      union all select 'consent', 'revoked', c.revoked_at, c.kind, null, c.id::text
      from consent c where c.patient_id = ${id} and c.revoked_at is not null`,
  },
  {
    kind: 'court-order',
    select: (id) => sql`select 'court-order'::text, 'recorded'::text, o.recorded_at,
      o.court || ' ' || o.case_number, o.section, o.id::text from court_order o where o.patient_id = ${id}`,
  },
  {
    kind: 'disclosure',
    select: (id) => sql`select 'disclosure'::text, 'disclosed'::text, d.disclosed_at, d.recipient_name,
      d.purpose, d.id::text from disclosure d where d.patient_id = ${id}`,
  },
  {
    // Which fields changed (names, not values), and who changed them.
    kind: 'demographics',
    select: (id) => sql`select 'demographics'::text, 'updated'::text, c.changed_at,
      coalesce(u.display_name, ''), array_to_string(array(select jsonb_array_elements_text(c.fields)), ','),
      c.id::text from demographics_change c left join ${user} u on u.id = c.changed_by
      where c.patient_id = ${id}`,
  },
  {
    kind: 'episode',
    select: (id) => sql`select 'episode'::text, 'admitted'::text, e.admitted_at, coalesce(s.name, ''),
      e.level_of_care, e.id::text from episode e left join site s on s.id = e.site_id where e.patient_id = ${id}
      union all select 'episode', 'discharged', e.discharged_at, coalesce(s.name, ''), e.discharge_reason,
      e.id::text from episode e left join site s on s.id = e.site_id
      where e.patient_id = ${id} and e.discharged_at is not null`,
  },
  {
    kind: 'level-of-care',
    select: (
      id,
    ) => sql`select 'level-of-care'::text, 'changed'::text, l.changed_at, l.level, l.reason, l.id::text
      from level_of_care_change l join episode e on e.id = l.episode_id where e.patient_id = ${id}`,
  },
  {
    kind: 'problem',
    select: (id) => sql`select 'problem'::text, 'recorded'::text, p.recorded_at,
      p.icd10_code || ' ' || p.description, null::text, p.id::text
      from patient_problem p where p.patient_id = ${id}`,
  },
  {
    kind: 'care-team',
    select: (id) => sql`select 'care-team'::text, 'added'::text, m.added_at, u.display_name, m.care_role,
      m.id::text from care_team_member m join ${user} u on u.id = m.user_id where m.patient_id = ${id}
      union all select 'care-team', 'removed', m.removed_at, u.display_name, m.care_role, m.id::text
      from care_team_member m join ${user} u on u.id = m.user_id
      where m.patient_id = ${id} and m.removed_at is not null`,
  },
  {
    kind: 'break-glass',
    select: (id) => sql`select 'break-glass'::text, 'granted'::text, g.granted_at, u.display_name, g.reason,
      g.id::text from break_glass_grant g join ${user} u on u.id = g.user_id where g.patient_id = ${id}`,
  },
];
