ALTER TABLE "incidents" ADD COLUMN "perpetrator_identifiers" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "incidents_perpetrator_identifiers_idx" ON "incidents" USING gin ("perpetrator_identifiers");--> statement-breakpoint
CREATE INDEX "incidents_description_search_idx" ON "incidents" USING gin (to_tsvector('swedish', "description"));