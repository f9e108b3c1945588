import { type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/connect.js';
import { chartAccessBasis } from '../../../domain/access/chart-access.js';
import {
  CLOSE_MATCH_THRESHOLD,
  NAME_MATCH_THRESHOLD,
  nameWords,
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
/** Surname and given name as the name indexes of migration 0007 have them (byte order, so `like 'x%'` seeks). */
const LAST = sql.raw(`(lower(p.legal_last_name) collate "C")`);
const FIRST = sql.raw(`(lower(p.legal_first_name) collate "C")`);
const COLUMNS = sql.raw(
  'p.id, p.legal_first_name, p.legal_last_name, p.preferred_name, p.date_of_birth::text as date_of_birth, p.mrn, p.status',
);
const BY_NAME = sql.raw('p.legal_last_name, p.legal_first_name, p.id');

export interface HitRow {
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

interface Scope {
  organizationId: string;
  userId: string;
  limit: number;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `w` starts a word of the name: its first word, or one after a space or a hyphen (trigram-indexed). */
function startsAWord(word: string): SQL {
  const w = likeEscape(word);
  return sql`(${NAME} like ${`${w}%`} or ${NAME} like ${`% ${w}%`} or ${NAME} like ${`%-${w}%`})`;
}

/** For each caller-facing hit, whether the caller is on the care team or holds an unexpired grant. */
function withRelation(hits: SQL, userId: string, order: SQL): SQL {
  return sql`
    select h.id, h.legal_first_name, h.legal_last_name, h.preferred_name, h.date_of_birth, h.mrn, h.status,
      exists (select 1 from care_team_member c
              where c.patient_id = h.id and c.user_id = ${userId} and c.removed_at is null) as on_care_team,
      exists (select 1 from break_glass_grant g
              where g.patient_id = h.id and g.user_id = ${userId} and g.expires_at > now()) as break_glass
    from (${hits}) h
    order by ${order}`;
}

/**
 * Names whose word similarity with the text reaches the threshold set for the transaction (the GIN trigram
 * index answers `<%`), best first (word similarity, then similarity of the whole name, then name);
 * `gate` must hold for the scan to run at all. Every candidate costs a word-similarity computation (common
 * surnames bring a thousand), so the whole-name similarity, a tie-breaker, is computed only for the
 * candidates that can still make the cut: those scoring at least the `limit`-th best word similarity.
 */
function fuzzy(text: string, s: Scope, tier: number, gate: SQL, exclude: SQL): SQL {
  return sql`
    with scored as materialized (
      select ${COLUMNS}, ${NAME} as name, word_similarity(${text}, ${NAME}) as word_score
      from patient p
      where ${gate} and p.organization_id = ${s.organizationId} and ${text} <% ${NAME} and ${exclude}
    ),
    cut as (select min(word_score) as word_score from (
      select word_score from scored order by word_score desc limit ${s.limit}) best)
    select p.id, p.legal_first_name, p.legal_last_name, p.preferred_name, p.date_of_birth, p.mrn, p.status,
      ${sql.raw(String(tier))} as tier,
      row_number() over (order by p.word_score desc, similarity(${text}, p.name) desc, ${BY_NAME}) as pos
    from scored p
    where p.word_score >= (select word_score from cut)
    order by pos
    limit ${s.limit}`;
}

/**
 * A name search's first statement. Names that START with what was typed come first, from bounded index
 * scans: for one word, surnames starting with it (in surname order), then given names, then any other word
 * of the name (preferred name, second surname); for several words, names where each word starts a word of
 * the name. Only when those are fewer than the limit are close matches (CLOSE_MATCH_THRESHOLD, set for the
 * transaction) scored and added, best first.
 */
export function nameSearchSql(text: string, s: Scope): SQL {
  const words = nameWords(text);
  let exact: SQL;
  if (words.length === 1) {
    const prefix = `${likeEscape(words[0]!)}%`;
    exact = sql`
      g1 as (
        select ${COLUMNS}, 1 as tier, row_number() over (order by ${LAST}, ${FIRST}, p.id) as pos
        from patient p
        where p.organization_id = ${s.organizationId} and ${LAST} like ${prefix}
        order by ${LAST}, ${FIRST}, p.id limit ${s.limit}
      ),
      g2 as (
        select ${COLUMNS}, 2 as tier, row_number() over (order by ${FIRST}, ${LAST}, p.id) as pos
        from patient p
        where (select count(*) from g1) < ${s.limit} and p.organization_id = ${s.organizationId}
          and ${FIRST} like ${prefix} and not ${LAST} like ${prefix}
        order by ${FIRST}, ${LAST}, p.id limit ${s.limit}
      ),
      g3 as (
        select m.*, 3 as tier, row_number() over (order by ${sql.raw('m.legal_last_name, m.legal_first_name, m.id')}) as pos
        from (
          select ${COLUMNS} from patient p
          where (select count(*) from g1) + (select count(*) from g2) < ${s.limit}
            and p.organization_id = ${s.organizationId} and ${startsAWord(words[0]!)}
            and not ${LAST} like ${prefix} and not ${FIRST} like ${prefix}
          offset 0
        ) m
        order by pos limit ${s.limit}
      ),
      exact as (select * from g1 union all select * from g2 union all select * from g3)`;
  } else {
    // No words (the text was only hyphens): nothing starts with it.
    const all = words.length > 0 ? words.map(startsAWord) : [sql.raw('false')];
    exact = sql`
      exact as (
        select m.*, 1 as tier, row_number() over (order by ${sql.raw('m.legal_last_name, m.legal_first_name, m.id')}) as pos
        from (
          select ${COLUMNS} from patient p
          where p.organization_id = ${s.organizationId} and ${sql.join(all, sql` and `)}
          offset 0
        ) m
        order by pos limit ${s.limit}
      )`;
  }
  const close = fuzzy(
    text,
    s,
    4,
    sql`(select count(*) from exact) < ${s.limit}`,
    sql`p.id not in (select id from exact)`,
  );
  return sql`
    with ${exact},
    close as (${close})
    ${withRelation(sql`select * from exact union all select * from close`, s.userId, sql.raw('h.tier, h.pos'))}
    limit ${s.limit}`;
}

/** The name search's fallback when nothing starts with or closely matches the text (NAME_MATCH_THRESHOLD). */
export function looseNameSearchSql(text: string, s: Scope): SQL {
  const hits = fuzzy(text, s, 5, sql.raw('true'), sql.raw('true'));
  return withRelation(hits, s.userId, sql.raw('h.pos'));
}

/** Date of birth or MRN: exact, indexed, in name order. */
function exactSearchSql(search: Exclude<PatientSearch, { kind: 'name' }>, s: Scope): SQL {
  // MRN: exact and case-insensitive. Listing the typed, upper- and lower-case forms keeps the unique
  // (organization_id, mrn) index usable; the upper() test makes the match exact whatever the case.
  const where =
    search.kind === 'dob'
      ? sql`p.date_of_birth = ${search.dateOfBirth}::date`
      : sql`p.mrn in (${search.mrn}, ${search.mrn.toUpperCase()}, ${search.mrn.toLowerCase()})
            and upper(p.mrn) = ${search.mrn.toUpperCase()}`;
  const hits = sql`
    select ${COLUMNS}, row_number() over (order by ${BY_NAME}) as pos
    from patient p
    where p.organization_id = ${s.organizationId} and ${where}
    order by ${BY_NAME} limit ${s.limit}`;
  return withRelation(hits, s.userId, sql.raw('h.pos'));
}

/**
 * The loose match is for misspelled names: with only short words ("zq", "ab cd") it would score every
 * name sharing an initial (a word's first letter is one of its few trigrams) and find nothing meaningful.
 */
const LOOSE_MATCH_MIN_WORD = 4;

/** Sets the name-match threshold for this transaction only (pg_trgm reads it while scanning the index). */
async function setNameThreshold(tx: DbOrTx, threshold: number): Promise<void> {
  await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`);
}

/**
 * The best `limit` matches of the organization, each with the caller's care relationship; run it in a
 * transaction (the name thresholds are set for the transaction). Names take one statement, or two when
 * nothing starts with or closely matches the text.
 */
export async function findPatients(tx: DbOrTx, search: PatientSearch, scope: Scope): Promise<HitRow[]> {
  if (search.kind !== 'name') return rowsOf<HitRow>(await tx.execute(exactSearchSql(search, scope)));
  await setNameThreshold(tx, CLOSE_MATCH_THRESHOLD);
  const rows = rowsOf<HitRow>(await tx.execute(nameSearchSql(search.text, scope)));
  if (rows.length > 0 || !nameWords(search.text).some((w) => w.length >= LOOSE_MATCH_MIN_WORD)) return rows;
  await setNameThreshold(tx, NAME_MATCH_THRESHOLD);
  return rowsOf<HitRow>(await tx.execute(looseNameSearchSql(search.text, scope)));
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
    const rows = await findPatients(tx, search, {
      organizationId: session.organizationId,
      userId: session.userId,
      limit: opts.limit,
    });
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
