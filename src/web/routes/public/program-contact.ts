/**
 * The program's own admissions line, shown beside the national lines on the public site.
 * TODO(public site): serve it from configuration (HAVEN_ADMISSIONS_PHONE) through a public API endpoint and read it
 * here; until then this placeholder is the only place to change it. 555-01xx numbers are reserved for fiction.
 */
export const PROGRAM_ADMISSIONS_PHONE = {
  /** As people read and dial it. */
  display: '(555) 010-0199',
  /** E.164, for the tel: link. */
  tel: '+15550100199',
} as const;
