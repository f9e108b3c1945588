import type { ChecklistResult } from '../../../../shared/admission-request';
import { loadAdmissionExtras } from './admission-api';
import { CHECKLIST_HANDOFF_KEY } from './save-checklist-handoff';

export { clearChecklistHandoff } from './save-checklist-handoff';

/**
 * The admission form's side of the checklist handoff (see save-checklist-handoff.ts): what it reads back is
 * checked with the same schema the server applies, since anything could have written the tab's storage. The
 * schema is fetched only when there is something to check (see admission-extras.ts).
 */
export async function readChecklistHandoff(): Promise<ChecklistResult | null> {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(CHECKLIST_HANDOFF_KEY);
  } catch {
    return null; // storage disabled
  }
  if (!raw) return null;
  try {
    const { checklistResult } = await loadAdmissionExtras();
    const parsed = checklistResult.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
