CREATE TABLE "assessment_measures" (
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"library_measure_id" text NOT NULL,
	"measure_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_measures_assessment_id_library_measure_id_pk" PRIMARY KEY("assessment_id","library_measure_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"status" text NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"participants" jsonb NOT NULL,
	"step2_answers" jsonb NOT NULL,
	"step3_answers" jsonb NOT NULL,
	"result" jsonb,
	"risk_level" text,
	"conflict_level" text,
	"complexity_level" text,
	"matrix_cell" text,
	"created_by_user_id" uuid,
	"finished_by_user_id" uuid,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('draft', 'finished')),
	CONSTRAINT "assessments_finished_check" CHECK ("assessments"."status" = 'draft' or ("assessments"."finished_at" is not null and "assessments"."result" is not null and "assessments"."risk_level" is not null))
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"diary_number" text,
	"body" text,
	"decision_date" date,
	"description" text,
	"responsible_official" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "riskguide_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "riskguide_templates_version_check" CHECK ("riskguide_templates"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "screening_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"screening_id" uuid NOT NULL,
	"matter_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"level" text NOT NULL,
	"reason" text,
	"prompts" jsonb NOT NULL,
	"queued_at" timestamp with time zone,
	CONSTRAINT "screening_rows_level_check" CHECK ("screening_rows"."level" in ('low', 'moderate', 'high'))
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text,
	"template_id" uuid NOT NULL,
	"screened_by_user_id" uuid NOT NULL,
	"screened_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sensitive_terms" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_measures" ADD CONSTRAINT "assessment_measures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_measures" ADD CONSTRAINT "assessment_measures_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_measures" ADD CONSTRAINT "assessment_measures_measure_id_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_template_id_riskguide_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."riskguide_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_finished_by_user_id_users_id_fk" FOREIGN KEY ("finished_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riskguide_templates" ADD CONSTRAINT "riskguide_templates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "riskguide_templates" ADD CONSTRAINT "riskguide_templates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_rows" ADD CONSTRAINT "screening_rows_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_rows" ADD CONSTRAINT "screening_rows_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_rows" ADD CONSTRAINT "screening_rows_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_template_id_riskguide_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."riskguide_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_screened_by_user_id_users_id_fk" FOREIGN KEY ("screened_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_matter_idx" ON "assessments" USING btree ("organisation_id","matter_id","created_at");--> statement-breakpoint
CREATE INDEX "assessments_org_status_idx" ON "assessments" USING btree ("organisation_id","status","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_draft_per_matter" ON "assessments" USING btree ("matter_id") WHERE "assessments"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "matters_org_decision_idx" ON "matters" USING btree ("organisation_id","decision_date");--> statement-breakpoint
CREATE INDEX "matters_org_created_idx" ON "matters" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "riskguide_templates_version_unique" ON "riskguide_templates" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE INDEX "screening_rows_screening_idx" ON "screening_rows" USING btree ("screening_id","position");--> statement-breakpoint
CREATE INDEX "screening_rows_matter_idx" ON "screening_rows" USING btree ("organisation_id","matter_id");--> statement-breakpoint
CREATE INDEX "screenings_org_time_idx" ON "screenings" USING btree ("organisation_id","screened_at");