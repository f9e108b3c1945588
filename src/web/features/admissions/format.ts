import type { InquirySummary } from '../../../shared/admissions';

/** "Tue, Mar 4, 2:15 PM" in the reader's language. */
export function formatDueTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** The name staff see: first and last name when known, else null (the caller says "Anonymous"). */
export function personName(inquiry: Pick<InquirySummary, 'firstName' | 'lastName'>): string | null {
  const name = [inquiry.firstName, inquiry.lastName].filter(Boolean).join(' ');
  return name || null;
}

/** Local `YYYY-MM-DDTHH:mm` for an <input type="datetime-local">. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
