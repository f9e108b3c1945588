/**
 * US (NANP) phone numbers as people read them and as `tel:` links dial them. Pure and free of zod, so the
 * server's configuration and the public finder (which links every center's phone) share it.
 */
export interface UsPhone {
  /** As people read it: (555) 010-0199. */
  display: string;
  /** E.164, for `tel:` links: +15550100199. */
  tel: string;
}

/** Digits, spaces, dots, dashes and brackets, an optional leading +; nothing else (no letters, no extension). */
const PHONE_CHARACTERS = /^\+?[\d\s().-]+$/;

/**
 * Reads a US phone number written in any common way ("555-010-0199", "(555) 010-0199", "+1 555 010 0199",
 * "1.555.010.0199"): ten digits, or eleven starting with the country code 1, and an area code that does not
 * start with 0 or 1 (NANP). Returns null for anything else.
 */
export function parseUsPhone(text: string): UsPhone | null {
  const trimmed = text.trim();
  if (!PHONE_CHARACTERS.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  if (digits.length !== 10 || !/^[2-9]/.test(digits)) return null;
  const area = digits.slice(0, 3);
  const exchange = digits.slice(3, 6);
  const line = digits.slice(6);
  return { display: `(${area}) ${exchange}-${line}`, tel: `+1${digits}` };
}

/**
 * The `tel:` target of a listed phone: E.164 for a US number, else its digits when there are enough to dial
 * (directory listings are not always tidy), else null (show the text without a link).
 */
export function telHref(text: string): string | null {
  // An extension ("x12", "ext. 4") is for the person answering, not for the dialer.
  const number = text.replace(/\s*(?:x|ext\.?|extension)\s*\d+\s*$/i, '');
  const us = parseUsPhone(number);
  if (us) return `tel:${us.tel}`;
  const digits = number.replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? `tel:${digits}` : null;
}
