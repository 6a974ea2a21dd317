ALTER TABLE "assessments" ADD COLUMN "matter_snapshot" jsonb;--> statement-breakpoint
-- Assessments finished before this migration: the matter as it is now is the best record there is.
UPDATE "assessments" AS a
SET "matter_snapshot" = jsonb_build_object(
  'title', m."title",
  'diaryNumber', m."diary_number",
  'body', m."body",
  'decisionDate', m."decision_date"
)
FROM "matters" AS m
WHERE m."id" = a."matter_id" AND a."status" = 'finished' AND a."matter_snapshot" IS NULL;
