CREATE TABLE "situation_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"level" text NOT NULL,
	"text" text NOT NULL,
	"assessed_by_user_id" uuid NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "situation_assessments_level_check" CHECK ("situation_assessments"."level" in ('normal', 'elevated', 'high', 'very_high'))
);
--> statement-breakpoint
ALTER TABLE "situation_assessments" ADD CONSTRAINT "situation_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "situation_assessments" ADD CONSTRAINT "situation_assessments_assessed_by_user_id_users_id_fk" FOREIGN KEY ("assessed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "situation_assessments_org_time_idx" ON "situation_assessments" USING btree ("organisation_id","assessed_at");