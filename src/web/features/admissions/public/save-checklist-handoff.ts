import type { ChecklistResult } from '../../../../shared/admissions';

/**
 * The signs checklist (/signs) hands its result to the admission form through sessionStorage: it stays in this
 * tab only, and nothing is sent until the person ticks "attach" and sends the form. This half has no
 * dependencies (the signs page uses it; the schema that checks what is read back stays with the form).
 */
export const CHECKLIST_HANDOFF_KEY = 'haven.signs-result';

export function saveChecklistHandoff(result: ChecklistResult): void {
  try {
    window.sessionStorage.setItem(CHECKLIST_HANDOFF_KEY, JSON.stringify(result));
  } catch {
    // storage disabled: the form simply offers no attachment
  }
}

/** Forgets a saved result (the person started the checklist over, or sent it with a request). */
export function clearChecklistHandoff(): void {
  try {
    window.sessionStorage.removeItem(CHECKLIST_HANDOFF_KEY);
  } catch {
    // nothing to clear
  }
}
