CREATE TABLE "audit_appends" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_appends_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"chain_key" text NOT NULL,
	"organisation_id" uuid,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"record_type" text,
	"record_id" text,
	"outcome" text NOT NULL,
	"ip" text,
	"user_agent" text,
	"details" jsonb NOT NULL,
	"chain_key_json" text NOT NULL,
	"rest" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_chain_heads" (
	"chain_key" text PRIMARY KEY NOT NULL,
	"sequence" bigint NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
-- Hand-written from here (ADR 014). Every existing chain gets its head: its last event.
INSERT INTO "audit_chain_heads" ("chain_key", "sequence", "previous_hash", "hash")
SELECT DISTINCT ON ("chain_key") "chain_key", "sequence", "previous_hash", "hash"
FROM "audit_events"
ORDER BY "chain_key", "sequence" DESC;
--> statement-breakpoint
-- The hash of an event: SHA-256 (hex) of the canonical JSON array
-- [previousHash, chainKey, sequence, ...rest], assembled from the domain's canonical parts.
CREATE FUNCTION audit_chain_hash(previous_hash text, chain_key_json text, sequence bigint, rest text)
RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT encode(sha256(convert_to('["' || previous_hash || '",' || chain_key_json || ',' || sequence::text || ',' || rest, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- At commit, links an appended event into its chain: moves the head on (its row stays locked
-- until the commit is done), inserts the event with its sequence number and hashes, and removes
-- it from audit_appends.
CREATE FUNCTION audit_appends_link() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head record;
BEGIN
  INSERT INTO audit_chain_heads AS h (chain_key, sequence, previous_hash, hash)
  VALUES (NEW.chain_key, 1, repeat('0', 64), audit_chain_hash(repeat('0', 64), NEW.chain_key_json, 1, NEW.rest))
  ON CONFLICT (chain_key) DO UPDATE SET
    sequence = h.sequence + 1,
    previous_hash = h.hash,
    hash = audit_chain_hash(h.hash, NEW.chain_key_json, h.sequence + 1, NEW.rest)
  RETURNING h.sequence, h.previous_hash, h.hash INTO head;
  INSERT INTO audit_events (chain_key, sequence, organisation_id, occurred_at, actor_user_id, action,
    record_type, record_id, outcome, ip, user_agent, details, previous_hash, hash)
  VALUES (NEW.chain_key, head.sequence, NEW.organisation_id, NEW.occurred_at, NEW.actor_user_id, NEW.action,
    NEW.record_type, NEW.record_id, NEW.outcome, NEW.ip, NEW.user_agent, NEW.details, head.previous_hash, head.hash);
  DELETE FROM audit_appends WHERE id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_appends_link_at_commit
  AFTER INSERT ON audit_appends
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_appends_link();
