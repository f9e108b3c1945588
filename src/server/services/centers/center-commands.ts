import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { generateDirectoryCsv } from '../../../db/seed/synthetic-centers.js';
import { isDomainError } from '../../../domain/errors.js';
import type { AppConfig } from '../../config.js';
import { openDatabase } from '../../open-database.js';
import { importCenters } from './import-centers.js';

/** `--name value` from an argument list. */
const option = (args: string[], name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** `haven import-centers FILE.csv [--verified YYYY-MM-DD]`: prints the report; 0 when the file was applied. */
export async function importCentersCommand(args: string[], config: AppConfig): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--verified');
  if (!file) {
    console.error('Usage: haven import-centers FILE.csv [--verified YYYY-MM-DD]');
    return 2;
  }
  const csv = readFileSync(file, 'utf8');
  // Without --verified, the file's own date: re-running the same file then changes nothing.
  const verifiedOn = option(args, '--verified') ?? statSync(file).mtime.toISOString().slice(0, 10);
  const database = await openDatabase(config);
  try {
    const started = performance.now();
    const report = await importCenters({ db: database.db, csv, verifiedOn });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const r of report.rejected) console.log(`  line ${r.line}: ${r.reason}`);
    console.log(
      `${report.rows} rows in ${seconds} s: ${report.imported} imported, ${report.updated} updated, ` +
        `${report.unchanged} unchanged, ${report.rejected.length} rejected.`,
    );
    return 0;
  } catch (err) {
    if (!isDomainError(err)) throw err;
    console.error(err.message);
    return 1;
  } finally {
    await database.close();
  }
}

/** `haven generate-centers --count N --out FILE.csv [--seed N]`: a synthetic directory export. */
export async function generateCentersCommand(args: string[]): Promise<number> {
  const count = Number(option(args, '--count') ?? 20_000);
  const out = option(args, '--out');
  const seed = option(args, '--seed');
  if (!out || !Number.isInteger(count) || count < 1) {
    console.error('Usage: haven generate-centers --count 20000 --out FILE.csv [--seed N]');
    return 2;
  }
  writeFileSync(out, await generateDirectoryCsv({ count, seed: seed ? Number(seed) : undefined }));
  console.log(`Wrote ${count} synthetic facilities to ${out}.`);
  return 0;
}
