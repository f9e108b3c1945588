-- Patient search by name under 50 ms at 100,000 patients (issue 5): names whose surname, or given name,
-- starts with what was typed are read in order from these indexes (byte order, so a prefix is a range).
CREATE INDEX "patient_org_last_first_idx" ON "patient" USING btree ("organization_id",(lower("legal_last_name") collate "C"),(lower("legal_first_name") collate "C"),"id");--> statement-breakpoint
CREATE INDEX "patient_org_first_last_idx" ON "patient" USING btree ("organization_id",(lower("legal_first_name") collate "C"),(lower("legal_last_name") collate "C"),"id");--> statement-breakpoint
-- The trigram index of migration 0004 without a pending list: every search scanned the list of entries not
-- yet merged (up to 4 MB), and PGlite has no autovacuum to merge it. Patients are added rarely; searched often.
ALTER INDEX "patient_name_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('patient_name_trgm_idx');
