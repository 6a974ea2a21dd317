ALTER TABLE "incidents" ALTER COLUMN "target_role" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "channel" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "perpetrator_type" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "police_contacted" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "visible_to_person" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "police_reports" ADD COLUMN "person_consented" boolean DEFAULT false NOT NULL;