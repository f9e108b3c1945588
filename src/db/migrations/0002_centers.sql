ALTER TABLE "site" ALTER COLUMN "organization_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "external" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "external_key" text;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "address_line2" text;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "medications" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "age_groups" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "genders" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "populations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "telehealth" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "same_day" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "walk_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "last_verified" date;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "raw_service_codes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "source_hash" text;--> statement-breakpoint
ALTER TABLE "site" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "site_geo_idx" ON "site" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "site_organization_idx" ON "site" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "site_services_idx" ON "site" USING gin ("services");--> statement-breakpoint
CREATE INDEX "site_medications_idx" ON "site" USING gin ("medications");--> statement-breakpoint
CREATE INDEX "site_payment_idx" ON "site" USING gin ("payment");--> statement-breakpoint
CREATE INDEX "site_languages_idx" ON "site" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "site_age_groups_idx" ON "site" USING gin ("age_groups");--> statement-breakpoint
CREATE INDEX "site_genders_idx" ON "site" USING gin ("genders");--> statement-breakpoint
CREATE INDEX "site_populations_idx" ON "site" USING gin ("populations");--> statement-breakpoint
ALTER TABLE "site" ADD CONSTRAINT "site_external_key_unique" UNIQUE("external_key");--> statement-breakpoint
ALTER TABLE "site" ADD CONSTRAINT "site_owner_check" CHECK (("site"."external" and "site"."organization_id" is null and "site"."external_key" is not null) or (not "site"."external" and "site"."organization_id" is not null));