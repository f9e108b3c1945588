import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import { type DirectoryCenter, mapDirectoryRow } from '../../../domain/centers/directory-row.js';
import { DomainError } from '../../../domain/errors.js';
import { announceCenterChanges } from './center-directory.js';
import { CsvSyntaxError, csvObjects, parseCsv } from './csv.js';
import { loadGazetteer } from './gazetteer.js';

export interface ImportReport {
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; reason: string }[];
}

const REQUIRED_COLUMNS = ['name1', 'street1', 'city', 'state', 'zip'];
/** 500 rows x 26 values stays far below PostgreSQL's 65,535 parameters per statement. */
const BATCH_SIZE = 500;

// Every imported column is overwritten from the file on a changed row.
const {
  id: _id,
  createdAt: _createdAt,
  organizationId: _org,
  hours: _hours,
  ...imported
} = getTableColumns(site);
const overwrite = Object.fromEntries(
  Object.entries(imported).map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);

/**
 * Upserts the facilities of a directory export (layout: src/domain/centers/directory-row.ts) in one
 * transaction: either the whole file lands or nothing does. Rows that cannot be used are reported with
 * their line and reason, not imported. A row whose values are unchanged is not written, so re-running the
 * same file reports everything unchanged.
 */
export async function importCenters(opts: {
  db: Db;
  csv: string;
  /** YYYY-MM-DD recorded as `last_verified` for rows without their own date. */
  verifiedOn: string;
  batchSize?: number;
}): Promise<ImportReport> {
  let rows: ReturnType<typeof csvObjects>;
  try {
    rows = csvObjects(parseCsv(opts.csv));
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new DomainError('VALIDATION', `Not valid CSV: ${err.message}`);
    throw err;
  }
  const header = Object.keys(rows[0]?.row ?? {});
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (rows.length > 0 && missing.length > 0) {
    throw new DomainError('VALIDATION', `Not a directory export: no ${missing.join(', ')} column.`);
  }

  const gazetteer = await loadGazetteer();
  const report: ImportReport = { rows: rows.length, imported: 0, updated: 0, unchanged: 0, rejected: [] };
  const seen = new Map<string, number>();
  const centers: DirectoryCenter[] = [];
  for (const { line, row } of rows) {
    const result = mapDirectoryRow(row, gazetteer, opts.verifiedOn);
    if (!result.ok) {
      report.rejected.push({ line, reason: result.reason });
      continue;
    }
    const first = seen.get(result.center.externalKey);
    if (first !== undefined) {
      report.rejected.push({ line, reason: `same facility as line ${first}` });
      continue;
    }
    seen.set(result.center.externalKey, line);
    centers.push(result.center);
  }

  const batchSize = opts.batchSize ?? BATCH_SIZE;
  await opts.db.transaction(async (tx) => {
    // Skip unchanged rows before writing: an ON CONFLICT that updates nothing still locks (writes) each row.
    const known = new Map(
      (
        await tx
          .select({ key: site.externalKey, hash: site.sourceHash })
          .from(site)
          .where(eq(site.external, true))
      ).map((r) => [r.key, r.hash]),
    );
    const changed = centers.filter((c) => known.get(c.externalKey) !== c.sourceHash);
    for (let i = 0; i < changed.length; i += batchSize) {
      const written = await tx
        .insert(site)
        .values(changed.slice(i, i + batchSize).map((c) => ({ ...c, external: true, organizationId: null })))
        .onConflictDoUpdate({
          target: site.externalKey,
          set: { ...overwrite, updatedAt: sql`now()` },
          // Still checked here: another import may have written the same row since the read above.
          setWhere: sql`${site.sourceHash} is distinct from excluded.source_hash`,
        })
        // xmax is 0 on a freshly inserted row version and set on an updated one.
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      for (const w of written) {
        if (w.inserted) report.imported++;
        else report.updated++;
      }
    }
  });
  report.unchanged = centers.length - report.imported - report.updated;
  // Fresh statistics for the queries that still read `site` (PGlite runs no autovacuum, so without this
  // its planner guesses; the finder itself searches its in-memory copy, center-directory.ts).
  if (report.imported + report.updated > 0) {
    await opts.db.execute(sql`analyze site`);
    // This process's finders reload now; other processes' see it at their next check (center-directory.ts).
    announceCenterChanges(opts.db);
  }
  return report;
}
