import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const organization = pgTable('organization', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Stable short name used by the seed and the CLI, unique across the installation. */
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

const list = (name: string) => jsonb(name).$type<string[]>().notNull().default(sql`'[]'::jsonb`);

/**
 * A treatment center (DESIGN.md data model: `site`). One model for the organization's own sites and for
 * facilities imported from the national directory (`external`, no organization, keyed by `external_key`),
 * so the public finder searches both with one query. Lists are jsonb string arrays (the vocabulary is in
 * src/shared/centers.ts); the finder filters them with `?|` (any of), which their GIN indexes serve.
 */
export const site = pgTable(
  'site',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null only for imported directory facilities. */
    organizationId: uuid('organization_id').references(() => organization.id),
    external: boolean('external').notNull().default(false),
    /** Stable identity of an imported facility (directory id, or a hash of name + street + ZIP). */
    externalKey: text('external_key').unique(),
    name: text('name').notNull(),
    addressLine: text('address_line').notNull(),
    addressLine2: text('address_line2'),
    city: text('city').notNull(),
    state: text('state').notNull(),
    postalCode: text('postal_code').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    website: text('website'),
    hours: text('hours'),
    /** Types of care (detox, residential, ..., opioid-treatment-program). */
    services: list('services'),
    medications: list('medications'),
    payment: list('payment'),
    /** Language codes: en, es, asl. */
    languages: list('languages'),
    ageGroups: list('age_groups'),
    genders: list('genders'),
    populations: list('populations'),
    telehealth: boolean('telehealth').notNull().default(false),
    sameDay: boolean('same_day').notNull().default(false),
    walkIn: boolean('walk_in').notNull().default(false),
    lastVerified: date('last_verified', { mode: 'string' }),
    /** Service codes of an import that Haven does not map yet, kept so a later mapping can use them. */
    rawServiceCodes: list('raw_service_codes'),
    /** SHA-256 of the imported values: a re-import of an unchanged row writes nothing. */
    sourceHash: text('source_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'site_owner_check',
      sql`(${t.external} and ${t.organizationId} is null and ${t.externalKey} is not null) or (not ${t.external} and ${t.organizationId} is not null)`,
    ),
    // Nearest-first search (services/centers/search-centers.ts): a KNN walk (`<->`) and a box scan (`<@`).
    // The search must write this expression exactly so, or PostgreSQL cannot use the index.
    index('site_location_idx').using('gist', sql`point(${t.longitude}, ${t.latitude})`),
    index('site_organization_idx').on(t.organizationId),
    index('site_services_idx').using('gin', t.services),
    index('site_medications_idx').using('gin', t.medications),
    index('site_payment_idx').using('gin', t.payment),
    index('site_languages_idx').using('gin', t.languages),
    index('site_age_groups_idx').using('gin', t.ageGroups),
    index('site_genders_idx').using('gin', t.genders),
    index('site_populations_idx').using('gin', t.populations),
  ],
);
