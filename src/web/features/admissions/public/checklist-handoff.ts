import { type ChecklistResult, checklistResult } from '../../../../shared/admissions';
import { CHECKLIST_HANDOFF_KEY } from './save-checklist-handoff';

export { clearChecklistHandoff } from './save-checklist-handoff';

/**
 * The admission form's side of the checklist handoff (see save-checklist-handoff.ts): what it reads back is
 * checked with the same schema the server applies, since anything could have written the tab's storage.
 */
export function readChecklistHandoff(): ChecklistResult | null {
  try {
    const raw = window.sessionStorage.getItem(CHECKLIST_HANDOFF_KEY);
    if (!raw) return null;
    const parsed = checklistResult.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
