import { demoEmail, seedDemo } from '../db/seed/demo.js';
import { ROLES } from '../shared/roles.js';
import { buildApp } from './app.js';
import type { AppConfig } from './config.js';
import { openDatabase } from './open-database.js';

/** The only place that listens. */
export async function startServer(config: AppConfig) {
  const database = await openDatabase(config);
  if (config.demo.enabled && (await seedDemo(database.db, { password: config.demo.password }))) {
    const lines = ROLES.map((r) => `    ${r.padEnd(11)} ${demoEmail(r)}`);
    console.log(
      [
        '',
        '  Demo organization seeded. DEMO-ONLY logins (password from HAVEN_DEMO_PASSWORD, default haven-demo-2026):',
        ...lines,
        '',
      ].join('\n'),
    );
  }
  const app = await buildApp({ config, database });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(
    `  Haven is running at http://${shown}:${config.port}  (staff: /staff, patients: /app, API docs: /api/docs)`,
  );
  return app;
}
