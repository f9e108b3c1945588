-- A medical record number is unique per organization (issue 5) whatever its letter case: 'hv-1001' and
-- 'HV-1001' must not name two patients. New MRNs are stored trimmed and upper-case (domain/patients/mrn.ts);
-- this brings older rows to that form and adds the case-insensitive unique index. Haven has only ever
-- generated upper-case MRNs, so existing databases (the demo's included) pass. Should two MRNs of one
-- organization differ only in case or spacing, the migration stops and says so rather than guess which
-- patient keeps the number (the message names no MRN: record numbers are patient identifiers).
DO $$
DECLARE
  clash record;
BEGIN
  SELECT organization_id, count(*) AS n INTO clash
    FROM patient GROUP BY organization_id, upper(trim(mrn)) HAVING count(*) > 1 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'MRNs must be unique whatever their letter case, but % patients of organization % have MRNs that differ only in letter case or spacing. Find them with: SELECT id, mrn FROM patient WHERE organization_id = ''%'' AND upper(trim(mrn)) IN (SELECT upper(trim(mrn)) FROM patient WHERE organization_id = ''%'' GROUP BY 1 HAVING count(*) > 1); give all but one a new MRN, then start Haven again.',
      clash.n, clash.organization_id, clash.organization_id, clash.organization_id
      USING ERRCODE = 'unique_violation';
  END IF;
END $$;
--> statement-breakpoint
UPDATE patient SET mrn = upper(trim(mrn)) WHERE mrn <> upper(trim(mrn));
--> statement-breakpoint
CREATE UNIQUE INDEX "patient_org_mrn_ci_unique" ON "patient" USING btree ("organization_id",upper("mrn"));
