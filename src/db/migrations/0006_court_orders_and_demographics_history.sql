-- Court orders under 42 CFR part 2 subpart E recorded per patient (the disclosure service checks releases
-- for legal proceedings against them), and the history of demographic changes for the chart timeline.
CREATE TABLE "court_order" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"section" text NOT NULL,
	"court" text NOT NULL,
	"case_number" text NOT NULL,
	"order_date" date NOT NULL,
	"judge" text,
	"information_categories" jsonb NOT NULL,
	"information_description" text NOT NULL,
	"recipient_name" text NOT NULL,
	"purpose" text NOT NULL,
	"expires_at" timestamp with time zone,
	"one_time" boolean DEFAULT false NOT NULL,
	"scan" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demographics_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"fields" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Hand-edited: drizzle-kit proposed changing court_order_id from text to uuid in place, which fails on (and
-- would lose) the free-text references of earlier court-order releases. They move to court_order_reference
-- (deprecated, read-only), and court_order_id becomes a reference to a recorded court_order.
ALTER TABLE "disclosure" RENAME COLUMN "court_order_id" TO "court_order_reference";--> statement-breakpoint
ALTER TABLE "disclosure" ADD COLUMN "court_order_id" uuid;--> statement-breakpoint
ALTER TABLE "court_order" ADD CONSTRAINT "court_order_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "court_order" ADD CONSTRAINT "court_order_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demographics_change" ADD CONSTRAINT "demographics_change_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demographics_change" ADD CONSTRAINT "demographics_change_changed_by_app_user_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "court_order_patient_idx" ON "court_order" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "demographics_change_patient_idx" ON "demographics_change" USING btree ("patient_id");--> statement-breakpoint
ALTER TABLE "disclosure" ADD CONSTRAINT "disclosure_court_order_id_court_order_id_fk" FOREIGN KEY ("court_order_id") REFERENCES "public"."court_order"("id") ON DELETE no action ON UPDATE no action;