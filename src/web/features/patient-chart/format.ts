/** A calendar date (YYYY-MM-DD, no time zone) or an instant, in the reader's language. */
export function formatDate(value: string, lang: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(value: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** HH:MM on a 24-hour clock. */
export function formatTime(value: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(value),
  );
}

/** "Spanish" for `es` in the reader's language; the code itself when the browser does not know it. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
