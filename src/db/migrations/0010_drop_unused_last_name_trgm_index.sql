-- No query uses it: name search matches the whole name through patient_name_trgm_idx (0004) and name
-- prefixes through the btree indexes of 0008; FHIR `name` uses LIKE on the whole name (the same GIN
-- index). A GIN index nobody reads still costs every insert and every change of a surname.
DROP INDEX IF EXISTS patient_last_name_trgm_idx;
