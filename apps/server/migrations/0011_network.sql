CREATE TABLE "courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"validity_months" smallint NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_kind_check" CHECK ("courses"."kind" in ('basic_security', 'pre_election_refresher', 'election_workers', 'kl_4_18a', 'party_contacts')),
	CONSTRAINT "courses_validity_check" CHECK ("courses"."validity_months" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "election_workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"election_date" date NOT NULL,
	"role" text NOT NULL,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "election_workers_role_check" CHECK ("election_workers"."role" in ('polling_station', 'early_voting', 'counting'))
);
--> statement-breakpoint
CREATE TABLE "guideline_endorsement_files" (
	"endorsement_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guideline_endorsement_files_content_type_check" CHECK ("guideline_endorsement_files"."content_type" in ('application/pdf', 'image/png', 'image/jpeg')),
	CONSTRAINT "guideline_endorsement_files_size_check" CHECK ("guideline_endorsement_files"."size_bytes" > 0 and "guideline_endorsement_files"."size_bytes" <= 10485760),
	CONSTRAINT "guideline_endorsement_files_sha256_check" CHECK ("guideline_endorsement_files"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "guideline_endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"signed_by" text NOT NULL,
	"signed_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guideline_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"text_sv" text NOT NULL,
	"text_en" text NOT NULL,
	"adopted_on" date NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guideline_versions_version_check" CHECK ("guideline_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "on_call_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "on_call_shifts_time_check" CHECK ("on_call_shifts"."ends_at" > "on_call_shifts"."starts_at" and "on_call_shifts"."ends_at" <= "on_call_shifts"."starts_at" + interval '7 days')
);
--> statement-breakpoint
CREATE TABLE "party_security_contacts" (
	"party_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_person_id" uuid,
	"deputy_person_id" uuid,
	"appointed_on" date,
	"last_contact_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_security_contacts_distinct_check" CHECK ("party_security_contacts"."contact_person_id" is null or "party_security_contacts"."contact_person_id" is distinct from "party_security_contacts"."deputy_person_id")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"birth_year" smallint,
	"is_staff" boolean DEFAULT false NOT NULL,
	"user_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_birth_year_check" CHECK ("people"."birth_year" is null or "people"."birth_year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "person_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"role" text NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date,
	"commissioner" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_assignments_role_check" CHECK ("person_assignments"."role" in ('member', 'substitute', 'chair', 'vice_chair')),
	CONSTRAINT "person_assignments_commissioner_check" CHECK ("person_assignments"."commissioner" is null or "person_assignments"."commissioner" in ('full_time', 'part_time')),
	CONSTRAINT "person_assignments_term_check" CHECK ("person_assignments"."term_end" is null or "person_assignments"."term_end" >= "person_assignments"."term_start")
);
--> statement-breakpoint
CREATE TABLE "person_contact_details" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text,
	"phone" text,
	"address" text,
	"protected_address" boolean DEFAULT false NOT NULL,
	"preferred_contact" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_contact_details_preferred_check" CHECK ("person_contact_details"."preferred_contact" is null or "person_contact_details"."preferred_contact" in ('email', 'phone', 'sms', 'post')),
	CONSTRAINT "person_contact_details_protected_address_check" CHECK (not "person_contact_details"."protected_address" or "person_contact_details"."address" is null),
	CONSTRAINT "person_contact_details_protected_post_check" CHECK (not "person_contact_details"."protected_address" or "person_contact_details"."preferred_contact" is distinct from 'post')
);
--> statement-breakpoint
CREATE TABLE "person_party_affiliations" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "police_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"organisation_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendance_session_id_person_id_pk" PRIMARY KEY("session_id","person_id"),
	CONSTRAINT "training_attendance_status_check" CHECK ("training_attendance"."status" in ('attended', 'excused', 'absent'))
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"trainer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_mode_check" CHECK ("training_sessions"."mode" in ('in_person', 'online'))
);
--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_workers" ADD CONSTRAINT "election_workers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_workers" ADD CONSTRAINT "election_workers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsement_files" ADD CONSTRAINT "guideline_endorsement_files_endorsement_id_guideline_endorsements_id_fk" FOREIGN KEY ("endorsement_id") REFERENCES "public"."guideline_endorsements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsement_files" ADD CONSTRAINT "guideline_endorsement_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsement_files" ADD CONSTRAINT "guideline_endorsement_files_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsements" ADD CONSTRAINT "guideline_endorsements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsements" ADD CONSTRAINT "guideline_endorsements_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsements" ADD CONSTRAINT "guideline_endorsements_version_id_guideline_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."guideline_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_endorsements" ADD CONSTRAINT "guideline_endorsements_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_versions" ADD CONSTRAINT "guideline_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guideline_versions" ADD CONSTRAINT "guideline_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_security_contacts" ADD CONSTRAINT "party_security_contacts_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_security_contacts" ADD CONSTRAINT "party_security_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_security_contacts" ADD CONSTRAINT "party_security_contacts_contact_person_id_people_id_fk" FOREIGN KEY ("contact_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_security_contacts" ADD CONSTRAINT "party_security_contacts_deputy_person_id_people_id_fk" FOREIGN KEY ("deputy_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_assignments" ADD CONSTRAINT "person_assignments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_assignments" ADD CONSTRAINT "person_assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_assignments" ADD CONSTRAINT "person_assignments_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_contact_details" ADD CONSTRAINT "person_contact_details_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_contact_details" ADD CONSTRAINT "person_contact_details_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_party_affiliations" ADD CONSTRAINT "person_party_affiliations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_party_affiliations" ADD CONSTRAINT "person_party_affiliations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_party_affiliations" ADD CONSTRAINT "person_party_affiliations_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_contacts" ADD CONSTRAINT "police_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "courses_name_unique" ON "courses" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "election_workers_person_election_unique" ON "election_workers" USING btree ("person_id","election_date");--> statement-breakpoint
CREATE INDEX "election_workers_org_election_idx" ON "election_workers" USING btree ("organisation_id","election_date");--> statement-breakpoint
CREATE UNIQUE INDEX "guideline_endorsements_party_version_unique" ON "guideline_endorsements" USING btree ("party_id","version_id");--> statement-breakpoint
CREATE INDEX "guideline_endorsements_version_idx" ON "guideline_endorsements" USING btree ("version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "guideline_versions_org_version_unique" ON "guideline_versions" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE INDEX "on_call_shifts_org_starts_idx" ON "on_call_shifts" USING btree ("organisation_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "people_user_unique" ON "people" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "people_org_name_idx" ON "people" USING btree ("organisation_id",lower("name"));--> statement-breakpoint
CREATE INDEX "person_assignments_person_idx" ON "person_assignments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_assignments_org_body_idx" ON "person_assignments" USING btree ("organisation_id","body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_assignments_unique" ON "person_assignments" USING btree ("person_id","body_id","role","term_start");--> statement-breakpoint
CREATE INDEX "person_contact_details_org_email_idx" ON "person_contact_details" USING btree ("organisation_id",lower("email"));--> statement-breakpoint
CREATE INDEX "police_contacts_org_position_idx" ON "police_contacts" USING btree ("organisation_id","position");--> statement-breakpoint
CREATE INDEX "training_attendance_person_idx" ON "training_attendance" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "training_sessions_org_held_idx" ON "training_sessions" USING btree ("organisation_id","held_on");--> statement-breakpoint
CREATE INDEX "training_sessions_course_idx" ON "training_sessions" USING btree ("course_id");