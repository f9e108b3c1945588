DROP INDEX "site_geo_idx";--> statement-breakpoint
CREATE INDEX "site_location_idx" ON "site" USING gist (point("longitude", "latitude"));