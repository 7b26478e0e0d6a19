-- 0003: strict identifiers, and retention (who may delete, and what a purge removed).
--
-- Strict identifiers. The kiosk's outbox accepts a request only when its request_id is a UUIDv7 written exactly as
-- resources/schema/request.schema.json says (lower-case hexadecimal with hyphens, version 7, RFC 4122 variant);
-- the intake accepts exactly the same, so that one request id is one text everywhere (uuid's input function also
-- takes upper case, braces and no hyphens, which the outbox refuses). PostgreSQL's `$` (not newline-sensitive) is
-- the end of the string, as in the schema's ECMA-262 patterns: "…\n" is refused on both sides. NOT VALID: rows
-- delivered before this migration are not re-checked.
ALTER TABLE intake.requests
    ADD CONSTRAINT requests_request_id_format
        CHECK ((document ->> 'request_id') ~ '^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')
        NOT VALID;

-- Retention. Requests (and with them the individual number) are kept only as long as the city's policy says:
-- `kakanai-inbox purge`, run by a member of kakanai_retention (the only role that may DELETE), removes what is past
-- its period and records each run in intake.retention_runs: when, by whom, the policy applied, how many of each
-- procedure and their ids; never a document's content. Staff and kiosks still cannot delete.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'kakanai_retention') THEN
        CREATE ROLE kakanai_retention NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kakanai_retention', current_database());
END
$$;
GRANT USAGE ON SCHEMA intake TO kakanai_retention;

CREATE TABLE intake.retention_runs (
    run_id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    run_by         name        NOT NULL DEFAULT session_user,
    policy         jsonb       NOT NULL, -- {"default_days": N, "days": {"<procedure_id>": N, …}}
    removed_count  integer     NOT NULL CHECK (removed_count >= 0),
    removed_counts jsonb       NOT NULL, -- {"<procedure_id>": N, …}
    removed_ids    uuid[]      NOT NULL
);
COMMENT ON TABLE intake.retention_runs IS 'Every retention purge: policy, counts and ids removed (no personal data)';

-- The retention role reads only what deciding needs (never the document), deletes, and records its run.
REVOKE ALL ON intake.retention_runs FROM PUBLIC;
GRANT SELECT (request_id, procedure_kind, procedure_id, received_at), DELETE ON intake.requests TO kakanai_retention;
GRANT SELECT, INSERT (policy, removed_count, removed_counts, removed_ids) ON intake.retention_runs TO kakanai_retention;
GRANT SELECT ON intake.retention_runs TO kakanai_staff;
CREATE POLICY retention_read ON intake.requests FOR SELECT TO kakanai_retention USING (true);
CREATE POLICY retention_delete ON intake.requests FOR DELETE TO kakanai_retention USING (true);
