import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { listenPostgres } from './listen-postgres.js';

/** Retries `check` until it holds or ~5 s pass. */
async function eventually(check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe.runIf(inject('databaseUrl'))('LISTEN on PostgreSQL', () => {
  it('hears notifications on commit, and comes back after its connection is killed', async () => {
    const url = inject('databaseUrl')!;
    // A channel of its own, so killing its connection touches no other test's listener.
    const channel = `test_${randomUUID().replaceAll('-', '')}`;
    const heard: string[] = [];
    const edges: string[] = [];
    const stop = await listenPostgres(url, channel, {
      onMessage: (p) => heard.push(p),
      onConnect: () => edges.push('up'),
      onDisconnect: () => edges.push('down'),
    });
    const sender = new pg.Client({ connectionString: url });
    await sender.connect();
    try {
      expect(edges).toEqual(['up']);
      await sender.query('begin');
      await sender.query('select pg_notify($1, $2)', [channel, 'one']);
      await new Promise((r) => setTimeout(r, 100));
      expect(heard).toEqual([]); // not before the commit
      await sender.query('commit');
      expect(await eventually(() => heard.includes('one'))).toBe(true);

      // An operator (or a failover) ends the listening connection: it is reported and re-opened.
      await sender.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where query = $1 and pid <> pg_backend_pid()`,
        [`LISTEN "${channel}"`],
      );
      expect(await eventually(() => edges.join() === 'up,down,up')).toBe(true);
      await sender.query('select pg_notify($1, $2)', [channel, 'two']);
      expect(await eventually(() => heard.includes('two'))).toBe(true);
    } finally {
      await sender.end();
      await stop();
    }
  });
});
