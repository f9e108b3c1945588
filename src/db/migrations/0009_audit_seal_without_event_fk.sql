-- Seals are written only by the sealer, from event ids it has just read; events cannot be deleted (0001)
-- and the verifier reports a seal without its event. The key's per-seal locking lookup was a fifth of the
-- database's work per audited read (bench:patients), so it goes.
ALTER TABLE "audit_seal" DROP CONSTRAINT "audit_seal_event_id_audit_event_id_fk";
