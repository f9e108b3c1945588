import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/connect.js';
import { chartAccessBasis } from '../../../domain/access/chart-access.js';
import {
  NAME_MATCH_THRESHOLD,
  type PatientSearch,
  parsePatientSearch,
} from '../../../domain/patients/search-query.js';
import type { PatientSearchHit } from '../../../shared/patient-search.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { rowsOf } from '../../audit/sealer.js';
import type { SessionActor } from '../auth/session-store.js';

/** The name as the trigram index of migration 0004 has it: the expression must match it exactly. */
const NAME = sql.raw(
  `lower(p.legal_first_name || ' ' || p.legal_last_name || ' ' || coalesce(p.preferred_name, ''))`,
);

interface HitRow {
  id: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  mrn: string;
  status: PatientSearchHit['status'];
  on_care_team: boolean;
  break_glass: boolean;
}

/** The filter and order of one kind of search, over `patient p` of the caller's organization. */
function matchOf(search: PatientSearch): { where: SQL; order: SQL } {
  const byName = sql.raw('p.legal_last_name, p.legal_first_name, p.id');
  switch (search.kind) {
    case 'name':
      // `<%` (word similarity above the threshold) is answered from the GIN trigram index; best match first
      // (the scores are computed once per candidate, in the `matches` subquery below).
      return {
        where: sql`${search.text} <% ${NAME}`,
        order: sql.raw('p.word_score desc, p.full_score desc, p.legal_last_name, p.legal_first_name, p.id'),
      };
    case 'dob':
      return { where: sql`p.date_of_birth = ${search.dateOfBirth}::date`, order: byName };
    case 'mrn': {
      // Exact and case-insensitive. Listing the typed, upper- and lower-case forms keeps the unique
      // (organization_id, mrn) index usable; the upper() test makes the match exact whatever the case.
      const m = search.mrn;
      return {
        where: sql`p.mrn in (${m}, ${m.toUpperCase()}, ${m.toLowerCase()}) and upper(p.mrn) = ${m.toUpperCase()}`,
        order: byName,
      };
    }
  }
}

/**
 * One statement: the best `limit` matches of the organization, then for those only whether the caller
 * is on the care team or holds an unexpired break-the-glass grant.
 */
export function patientSearchSql(opts: {
  search: PatientSearch;
  organizationId: string;
  userId: string;
  limit: number;
}): SQL {
  const { where, order } = matchOf(opts.search);
  const text = opts.search.kind === 'name' ? opts.search.text : null;
  // `offset 0` keeps the planner from folding the scores into the sort, where they would be computed again.
  const scores =
    text === null
      ? sql.raw('0 as word_score, 0 as full_score')
      : sql`word_similarity(${text}, ${NAME}) as word_score, similarity(${text}, ${NAME}) as full_score`;
  return sql`
    select h.*,
      exists (select 1 from care_team_member c
              where c.patient_id = h.id and c.user_id = ${opts.userId} and c.removed_at is null) as on_care_team,
      exists (select 1 from break_glass_grant g
              where g.patient_id = h.id and g.user_id = ${opts.userId} and g.expires_at > now()) as break_glass
    from (
      select p.id, p.legal_first_name, p.legal_last_name, p.preferred_name, p.date_of_birth::text as date_of_birth,
             p.mrn, p.status, row_number() over () as rank
      from (
        select p.* from (
          select p.*, ${scores}
          from patient p
          where p.organization_id = ${opts.organizationId} and ${where}
          offset 0
        ) p
        order by ${order}
        limit ${opts.limit}
      ) p
    ) h
    order by h.rank`;
}

/** Sets the name-match threshold for this transaction only (pg_trgm reads it while scanning the index). */
export async function setNameThreshold(tx: DbOrTx): Promise<void> {
  await tx.execute(
    sql`select set_config('pg_trgm.word_similarity_threshold', ${String(NAME_MATCH_THRESHOLD)}, true)`,
  );
}

/**
 * Finds patients of the caller's organization by name (typo-tolerant), date of birth or MRN, and says for
 * each whether the caller's care relationship opens the chart. Audited as one `patient.search` event
 * that records the kind of search and the number of results, never the text searched for.
 */
export async function searchPatients(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  actor: AuditActor;
  q: string;
  limit: number;
}): Promise<PatientSearchHit[]> {
  const search = parsePatientSearch(opts.q);
  const { session } = opts;
  return opts.db.transaction(async (tx) => {
    if (search.kind === 'name') await setNameThreshold(tx);
    const rows = rowsOf<HitRow>(
      await tx.execute(
        patientSearchSql({
          search,
          organizationId: session.organizationId,
          userId: session.userId,
          limit: opts.limit,
        }),
      ),
    );
    await opts.audit.record(tx, opts.actor, {
      action: 'patient.search',
      outcome: 'success',
      resourceType: 'patient',
      details: { kind: search.kind, resultCount: rows.length },
    });
    return rows.map((r) => ({
      id: r.id,
      displayName: `${r.preferred_name ?? r.legal_first_name} ${r.legal_last_name}`,
      legalName: `${r.legal_first_name} ${r.legal_last_name}`,
      dateOfBirth: r.date_of_birth,
      mrn: r.mrn,
      status: r.status,
      canOpen:
        chartAccessBasis({
          role: session.role,
          onCareTeam: r.on_care_team,
          patientStatus: r.status,
          hasActiveBreakGlass: r.break_glass,
        }) !== null,
    }));
  });
}
