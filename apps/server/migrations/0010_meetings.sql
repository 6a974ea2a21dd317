CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"matter_id" uuid NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_kind_check" CHECK ("bodies"."kind" in ('council', 'executive_board', 'committee', 'other'))
);
--> statement-breakpoint
CREATE TABLE "body_members" (
	"organisation_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assignment" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_members_body_id_user_id_pk" PRIMARY KEY("body_id","user_id"),
	CONSTRAINT "body_members_assignment_check" CHECK ("body_members"."assignment" in ('member', 'substitute', 'chair', 'vice_chair'))
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_checklist_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"items" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_checklist_templates_version_check" CHECK ("meeting_checklist_templates"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "meeting_log_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"incident_id" uuid,
	CONSTRAINT "meeting_log_entries_kind_check" CHECK ("meeting_log_entries"."kind" in ('disturbance', 'warning_given', 'asked_to_leave', 'removed_by_police', 'evacuation', 'medical', 'note'))
);
--> statement-breakpoint
CREATE TABLE "meeting_log_followers" (
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_log_followers_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"what_happened" text DEFAULT '' NOT NULL,
	"what_worked" text DEFAULT '' NOT NULL,
	"what_to_change" text DEFAULT '' NOT NULL,
	"written_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"body_id" uuid,
	"venue_id" uuid,
	"room" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"is_public" boolean NOT NULL,
	"organiser" text,
	"expected_audience" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"ical_uid" text,
	"description" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_type_check" CHECK ("meetings"."type" in ('council', 'executive_board', 'committee', 'citizen_dialogue', 'public_debate', 'campaign_event', 'election_day', 'other')),
	CONSTRAINT "meetings_status_check" CHECK ("meetings"."status" in ('planned', 'held', 'cancelled')),
	CONSTRAINT "meetings_time_check" CHECK ("meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_audience_check" CHECK ("meetings"."expected_audience" is null or "meetings"."expected_audience" >= 0)
);
--> statement-breakpoint
CREATE TABLE "national_threat_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"level" smallint NOT NULL,
	"changed_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "national_threat_levels_level_check" CHECK ("national_threat_levels"."level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "plan_checklist_items" (
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"set_by_user_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "plan_checklist_items_plan_id_item_id_pk" PRIMARY KEY("plan_id","item_id"),
	CONSTRAINT "plan_checklist_items_status_check" CHECK ("plan_checklist_items"."status" in ('done', 'not_done', 'not_applicable'))
);
--> statement-breakpoint
CREATE TABLE "plan_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"user_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_staff_kind_check" CHECK ("plan_staff"."kind" in ('unit_staff', 'guard', 'police_present', 'police_on_call'))
);
--> statement-breakpoint
CREATE TABLE "security_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"checklist_template_id" uuid NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"threat_assessment" text,
	"threat_level" text,
	"national_threat_level" smallint,
	"lookback_days" integer DEFAULT 30 NOT NULL,
	"screening_decided" boolean,
	"screening_decided_by" text,
	"screening_decided_on" date,
	"police_consulted_on" date,
	"screening_premises" text,
	"screening_reasons" text,
	"evacuation_leads_officials" text,
	"evacuation_leads_public" text,
	"evacuation_routes" text,
	"evacuation_meeting_point" text,
	"who_calls_police" text,
	"evacuation_notes" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"approved_by_user_id" uuid,
	"approved_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "security_plans_status_check" CHECK ("security_plans"."status" in ('draft', 'approved')),
	CONSTRAINT "security_plans_approved_check" CHECK ("security_plans"."status" = 'draft' or ("security_plans"."approved_by_user_id" is not null and "security_plans"."approved_at" is not null)),
	CONSTRAINT "security_plans_threat_level_check" CHECK ("security_plans"."threat_level" is null or "security_plans"."threat_level" in ('low', 'moderate', 'high')),
	CONSTRAINT "security_plans_national_threat_level_check" CHECK ("security_plans"."national_threat_level" is null or "security_plans"."national_threat_level" between 1 and 5),
	CONSTRAINT "security_plans_lookback_days_check" CHECK ("security_plans"."lookback_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "venue_floor_plans" (
	"venue_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "venue_floor_plans_content_type_check" CHECK ("venue_floor_plans"."content_type" in ('application/pdf', 'image/png', 'image/jpeg')),
	CONSTRAINT "venue_floor_plans_size_check" CHECK ("venue_floor_plans"."size_bytes" > 0 and "venue_floor_plans"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"rooms" text[] DEFAULT '{}'::text[] NOT NULL,
	"entrances" text,
	"evacuation_routes" text,
	"assembly_point" text,
	"capacity" integer,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "venues_capacity_check" CHECK ("venues"."capacity" is null or "venues"."capacity" >= 0)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "plan_approval_days_before" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_checklist_templates" ADD CONSTRAINT "meeting_checklist_templates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_checklist_templates" ADD CONSTRAINT "meeting_checklist_templates_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_entries" ADD CONSTRAINT "meeting_log_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_entries" ADD CONSTRAINT "meeting_log_entries_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_entries" ADD CONSTRAINT "meeting_log_entries_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_entries" ADD CONSTRAINT "meeting_log_entries_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_followers" ADD CONSTRAINT "meeting_log_followers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_followers" ADD CONSTRAINT "meeting_log_followers_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_log_followers" ADD CONSTRAINT "meeting_log_followers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reviews" ADD CONSTRAINT "meeting_reviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reviews" ADD CONSTRAINT "meeting_reviews_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reviews" ADD CONSTRAINT "meeting_reviews_written_by_user_id_users_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_threat_levels" ADD CONSTRAINT "national_threat_levels_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "national_threat_levels" ADD CONSTRAINT "national_threat_levels_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_checklist_items" ADD CONSTRAINT "plan_checklist_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_checklist_items" ADD CONSTRAINT "plan_checklist_items_plan_id_security_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."security_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_checklist_items" ADD CONSTRAINT "plan_checklist_items_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_staff" ADD CONSTRAINT "plan_staff_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_staff" ADD CONSTRAINT "plan_staff_plan_id_security_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."security_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_staff" ADD CONSTRAINT "plan_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plans" ADD CONSTRAINT "security_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plans" ADD CONSTRAINT "security_plans_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plans" ADD CONSTRAINT "security_plans_checklist_template_id_meeting_checklist_templates_id_fk" FOREIGN KEY ("checklist_template_id") REFERENCES "public"."meeting_checklist_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plans" ADD CONSTRAINT "security_plans_approved_by_user_id_users_id_fk" FOREIGN KEY ("approved_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "security_plans" ADD CONSTRAINT "security_plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_floor_plans" ADD CONSTRAINT "venue_floor_plans_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_floor_plans" ADD CONSTRAINT "venue_floor_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_floor_plans" ADD CONSTRAINT "venue_floor_plans_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_meeting_matter_unique" ON "agenda_items" USING btree ("meeting_id","matter_id");--> statement-breakpoint
CREATE INDEX "agenda_items_matter_idx" ON "agenda_items" USING btree ("organisation_id","matter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bodies_name_unique" ON "bodies" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "bodies_org_position_idx" ON "bodies" USING btree ("organisation_id","position");--> statement-breakpoint
CREATE INDEX "body_members_user_idx" ON "body_members" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_hash_unique" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_one_active_per_user" ON "calendar_feeds" USING btree ("user_id") WHERE "calendar_feeds"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_checklist_templates_version_unique" ON "meeting_checklist_templates" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE INDEX "meeting_log_entries_meeting_idx" ON "meeting_log_entries" USING btree ("meeting_id","occurred_at","recorded_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_reviews_meeting_unique" ON "meeting_reviews" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_org_starts_idx" ON "meetings" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_org_body_starts_idx" ON "meetings" USING btree ("organisation_id","body_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_ical_uid_unique" ON "meetings" USING btree ("organisation_id","ical_uid") WHERE "meetings"."ical_uid" is not null;--> statement-breakpoint
CREATE INDEX "national_threat_levels_org_idx" ON "national_threat_levels" USING btree ("organisation_id","changed_on","recorded_at");--> statement-breakpoint
CREATE INDEX "plan_staff_plan_idx" ON "plan_staff" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "security_plans_meeting_unique" ON "security_plans" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "venues_org_name_idx" ON "venues" USING btree ("organisation_id","name");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_plan_approval_days_check" CHECK ("organisations"."plan_approval_days_before" between 0 and 30);