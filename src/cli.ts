import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoEmail, seedDemo } from './db/seed/demo.js';
import { sealPendingAuditEvents } from './server/audit/sealer.js';
import { verifyAuditChain } from './server/audit/verify-audit-chain.js';
import { ConfigError, loadConfig } from './server/config.js';
import { startServer } from './server/main.js';
import { openDatabase } from './server/open-database.js';
import { generateCentersCommand, importCentersCommand } from './server/services/centers/center-commands.js';
import { ROLES } from './shared/roles.js';

const USAGE = `Usage: haven <command>
  start            build the web app if needed, migrate, seed demo data (see HAVEN_DEMO), serve
  migrate          apply database migrations
  seed --demo      seed the demo organization and its logins (once)
  audit verify     check the audit hash chain; exits 1 naming the first bad row
  audit seal       link any unsealed audit events into the chain now
  import-centers FILE.csv [--verified YYYY-MM-DD]
                   upsert national-directory facilities from a FindTreatment.gov-style CSV export
  generate-centers --count 20000 --out FILE.csv [--seed N]
                   write a synthetic (fictional) directory export for load tests and demos`;

async function buildWebIfMissing(webDir: string) {
  if (existsSync(resolve(webDir, 'index.html'))) return;
  console.log('  Building the web app (first start)...');
  const { build } = await import('vite');
  await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
}

async function main(argv: string[]): Promise<number> {
  const [command, sub] = argv;
  const config = loadConfig(process.env);
  switch (command) {
    case 'start': {
      await buildWebIfMissing(config.webDir);
      await startServer(config);
      return -1; // keep running
    }
    case 'migrate': {
      const database = await openDatabase(config);
      await database.close();
      console.log('Migrations applied.');
      return 0;
    }
    case 'seed': {
      if (sub !== '--demo') break;
      const database = await openDatabase(config);
      const seeded = await seedDemo(database.db, { password: config.demo.password });
      await database.close();
      console.log(
        seeded
          ? `Demo seeded. Logins: ${ROLES.map(demoEmail).join(', ')}`
          : 'Demo organization already exists.',
      );
      return 0;
    }
    case 'import-centers':
      return importCentersCommand(argv.slice(1), config);
    case 'generate-centers':
      return generateCentersCommand(argv.slice(1));
    case 'audit': {
      if (sub !== 'verify' && sub !== 'seal') break;
      const database = await openDatabase(config);
      try {
        if (sub === 'seal') {
          console.log(`Sealed ${await sealPendingAuditEvents(database.db)} audit events.`);
          return 0;
        }
        const report = await verifyAuditChain(database.db);
        console.log(report.message);
        return report.ok ? 0 : 1;
      } finally {
        await database.close();
      }
    }
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (err) => {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(err instanceof ConfigError ? 2 : 1);
  },
);
