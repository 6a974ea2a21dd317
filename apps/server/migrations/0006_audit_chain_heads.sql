CREATE TABLE "audit_chain_heads" (
	"chain_key" text PRIMARY KEY NOT NULL,
	"sequence" bigint NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
-- Hand-written (ADR 014): every existing chain gets its head, the last event of the chain.
INSERT INTO "audit_chain_heads" ("chain_key", "sequence", "previous_hash", "hash")
SELECT DISTINCT ON ("chain_key") "chain_key", "sequence", "previous_hash", "hash"
FROM "audit_events"
ORDER BY "chain_key", "sequence" DESC;
