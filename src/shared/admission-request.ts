import * as z from 'zod/mini';
import {
  CONTACT_METHODS,
  FOR_WHOM,
  INSURANCE_KINDS,
  LAST_USE,
  PREFERRED_LANGUAGES,
  SIGNS_BANDS,
  SUBSTANCES,
  URGENCIES,
} from './admission-vocabulary.js';

/**
 * The public admission request (POST /api/v1/inquiries, issue 4 part 5): the one schema the server validates
 * it with and the browser's form checks it with before sending. Written with `zod/mini`, which has the same
 * core (same checks, same issues, same JSON Schema for the API docs) as the `zod` the rest of the contract
 * uses, but lets the bundler keep only what these schemas need: the form loads it on demand, and the public
 * site's first-load budget (issue "Public site", part 6) has no room for the whole of zod. The staff-side
 * schemas in admissions.ts are built on the same fields. Messages are written for the person reading them,
 * often frightened and on a phone: say what to do, not what went wrong.
 */

const optionalText = (max: number, message: string) =>
  z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(max, { message }))),
    z.transform((v: string | undefined) => (v ? v : undefined)),
  );

/** An optional contact detail: blank means not given; anything else must pass `schema`. */
const optionalDetail = (schema: z.ZodMiniType<string, string>) =>
  z.pipe(
    z.pipe(
      z.optional(z.string().check(z.trim())),
      z.transform((v: string | undefined) => (v ? v : undefined)),
    ),
    z.optional(schema),
  );

const PHONE_MESSAGE = 'Enter a phone number we can reach you at, with area code, like 555-010-0123.';
const EMAIL_MESSAGE = 'Enter an email address like name@example.com.';
export const phoneSchema = z.string().check(
  z.trim(),
  z.regex(/^\+?[\d\s().-]{7,20}$/, { message: PHONE_MESSAGE }),
  z.refine((v: string) => v.replace(/\D/g, '').length >= 10, { message: PHONE_MESSAGE }),
);
export const emailSchema = z
  .email({ message: EMAIL_MESSAGE })
  .check(z.maxLength(254, { message: EMAIL_MESSAGE }));

/** The signs-checklist result a person may attach (computed in their browser by src/domain/signs/). */
export const checklistResult = z.object({
  instrument: z.literal('signs-checklist'),
  score: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(50))),
  band: z.enum(SIGNS_BANDS),
  /** Ids of the signs answered yes. */
  present: z._default(z.array(z.string().check(z.regex(/^[a-z][a-z-]{0,39}$/))).check(z.maxLength(30)), []),
  audience: z.optional(z.enum(['me', 'other'])),
  completedAt: z.optional(z.iso.datetime()),
});
export type ChecklistResult = z.infer<typeof checklistResult>;

/** What both the public form and a staff-entered phone inquiry carry. */
export const inquiryFields = {
  forWhom: z.enum(FOR_WHOM, { message: 'Tell us who the help is for: you, or someone else.' }),
  firstName: optionalText(80, 'Use 80 characters or fewer for the first name.'),
  contactMethod: z.enum(CONTACT_METHODS, {
    message: 'Choose how we should contact you: call, text or email.',
  }),
  phone: optionalDetail(phoneSchema),
  email: optionalDetail(emailSchema),
  bestTimeToContact: optionalText(200, 'Keep the best time to contact short (200 characters or fewer).'),
  substances: z._default(
    z
      .array(z.enum(SUBSTANCES, { message: 'Pick substances from the list.' }))
      .check(z.maxLength(SUBSTANCES.length)),
    [],
  ),
  lastUse: z.optional(z.enum(LAST_USE, { message: 'Choose when the last use was, or “prefer not to say”.' })),
  urgency: z.enum(URGENCIES, {
    message: 'Tell us how soon you need help: today, this week, or just exploring.',
  }),
  insurance: z.optional(z.enum(INSURANCE_KINDS, { message: 'Choose an insurance option, or “not sure”.' })),
  preferredSiteId: z.optional(z.uuid({ message: 'Choose a location from the list.' })),
  preferredLanguage: z._default(
    z.enum(PREFERRED_LANGUAGES, { message: 'Choose a language from the list.' }),
    'en',
  ),
  consentToContact: z.literal(true, {
    message: 'Tick the box to let us contact you. We only use your details to reach you about care.',
  }),
};

type ContactShape = { contactMethod?: string; phone?: string; email?: string };
/** Phone or text need a phone number; email needs an email address. */
export function requireContactDetail(value: ContactShape, ctx: z.core.$RefinementCtx) {
  if ((value.contactMethod === 'phone' || value.contactMethod === 'text') && !value.phone) {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: PHONE_MESSAGE });
  }
  if (value.contactMethod === 'email' && !value.email) {
    ctx.addIssue({ code: 'custom', path: ['email'], message: EMAIL_MESSAGE });
  }
}

/** POST /api/v1/inquiries: the public admission request (no account). */
export const admissionRequest = z
  .object({
    ...inquiryFields,
    checklistResult: z.optional(checklistResult),
    /** Honeypot: hidden from people; bots fill it. Must stay empty. */
    website: z.optional(z.string().check(z.maxLength(500))),
    /** Needed only when this Haven serves several organizations. */
    organizationId: z.optional(z.uuid({ message: 'Not a valid organization id.' })),
  })
  .check(z.superRefine(requireContactDetail));
export type AdmissionRequest = z.input<typeof admissionRequest>;

export const admissionAccepted = z.object({
  id: z.uuid(),
  /** When the admissions team will reach out at the latest (ISO 8601). */
  followUpBy: z.iso.datetime(),
  message: z.string(),
});
export type AdmissionAccepted = z.infer<typeof admissionAccepted>;
