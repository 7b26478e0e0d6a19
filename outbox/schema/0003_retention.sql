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
