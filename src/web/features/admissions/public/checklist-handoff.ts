import { CHECKLIST_HANDOFF_KEY, type ChecklistResult, checklistResult } from '../../../../shared/admissions';

/**
 * The signs checklist (/signs) hands its result to the admission form through sessionStorage: it stays in this
 * tab only, and nothing is sent until the person ticks "attach" and sends the form.
 * The signs page calls `saveChecklistHandoff` when it shows a result; the form reads it with `readChecklistHandoff`.
 */
export function saveChecklistHandoff(result: ChecklistResult): void {
  try {
    window.sessionStorage.setItem(CHECKLIST_HANDOFF_KEY, JSON.stringify(result));
  } catch {
    // storage disabled: the form simply offers no attachment
  }
}

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

export function clearChecklistHandoff(): void {
  try {
    window.sessionStorage.removeItem(CHECKLIST_HANDOFF_KEY);
  } catch {
    // nothing to clear
  }
}
