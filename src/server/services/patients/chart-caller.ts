import type { Db } from '../../../db/connect.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';

/** What every chart use case receives: the database, the audit writer and who is asking. */
export interface ChartCaller {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  actor: AuditActor;
}
