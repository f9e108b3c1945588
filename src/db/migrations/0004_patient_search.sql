-- Typo-tolerant patient search by name (issue: "by name (typo-tolerant, e.g. trigram)... under 50 ms at
-- 100,000 patients"). pg_trgm ships with PostgreSQL's contrib and with PGlite (loaded in connect.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS patient_name_trgm_idx ON patient
  USING gin ((lower(legal_first_name || ' ' || legal_last_name || ' ' || coalesce(preferred_name, ''))) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS patient_last_name_trgm_idx ON patient USING gin (lower(legal_last_name) gin_trgm_ops);
