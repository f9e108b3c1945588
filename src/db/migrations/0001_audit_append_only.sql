-- The audit trail is append-only (REFERENCE.md 7.3: "logs append-only"). Grants are the first line
-- (see README: the app role gets INSERT, SELECT only); this trigger also stops an owner's accidental
-- UPDATE/DELETE/TRUNCATE. A superuser can still disable it: `haven audit verify` detects that.
CREATE OR REPLACE FUNCTION haven_audit_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit rows are append-only (% on %)', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_immutable BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION haven_audit_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION haven_audit_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_seal_immutable BEFORE UPDATE OR DELETE ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION haven_audit_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION haven_audit_immutable();
