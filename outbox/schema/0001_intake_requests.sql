-- 0001: the intake table, its roles, row-level security and the notification channel.
--
-- Kiosks log in as members of kakanai_kiosk: they may INSERT a request document and nothing else (no SELECT, so
-- no kiosk can read any resident's request back, not even its own). Back-office staff log in as members of
-- kakanai_staff: they read requests and change their status. The extracted columns are filled from the document
-- by a trigger, so they always agree with it and a kiosk cannot forge them. Applied by `kakanai-inbox migrate`
-- in one transaction, as the owner of the database (a role with CREATEROLE, for the two group roles).

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'kakanai_kiosk') THEN
        CREATE ROLE kakanai_kiosk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'kakanai_staff') THEN
        CREATE ROLE kakanai_staff NOLOGIN;
    END IF;
    -- Only the two group roles (and the owner) may connect to this database.
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO kakanai_kiosk, kakanai_staff', current_database());
END
$$;

CREATE SCHEMA intake;
REVOKE ALL ON SCHEMA intake FROM PUBLIC;
GRANT USAGE ON SCHEMA intake TO kakanai_kiosk, kakanai_staff;

CREATE TABLE intake.requests (
    request_id        uuid        PRIMARY KEY,
    kiosk_id          text        NOT NULL,
    procedure_kind    text        NOT NULL,
    procedure_id      text        NOT NULL,
    form_ids          text[]      NOT NULL,
    schema_version    integer     NOT NULL,
    created_at        timestamptz NOT NULL,
    received_at       timestamptz NOT NULL DEFAULT clock_timestamp(),
    submitted_by      name        NOT NULL DEFAULT session_user,
    status            text        NOT NULL DEFAULT 'received',
    status_reason     text,
    status_changed_at timestamptz,
    status_history    jsonb       NOT NULL DEFAULT '[]',
    document          jsonb       NOT NULL,
    CONSTRAINT requests_document_is_object CHECK (jsonb_typeof(document) = 'object'),
    CONSTRAINT requests_kiosk_id_present CHECK (length(kiosk_id) BETWEEN 1 AND 64),
    CONSTRAINT requests_schema_version_known CHECK (schema_version >= 1),
    CONSTRAINT requests_status_known CHECK (status IN ('received', 'accepted', 'registered', 'returned')),
    CONSTRAINT requests_returned_has_reason
        CHECK (status <> 'returned' OR length(btrim(coalesce(status_reason, ''))) > 0)
);
CREATE INDEX requests_received_at ON intake.requests (received_at, request_id);
CREATE INDEX requests_status ON intake.requests (status, received_at);

COMMENT ON TABLE intake.requests IS 'Requests delivered by the kiosks'' outboxes (one row per request document)';
COMMENT ON COLUMN intake.requests.document IS 'The request as the kiosk built it (resources/schema/request.schema.json)';
COMMENT ON COLUMN intake.requests.status_history IS 'Every status change: [{status, reason, at, by}]';

-- Extracted columns come from the document, whatever the inserting role wrote; the intake state starts fresh.
CREATE FUNCTION intake.requests_before_insert() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF jsonb_typeof(NEW.document) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'request document is not a JSON object'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'requests_document_is_object';
    END IF;
    NEW.request_id := (NEW.document ->> 'request_id')::uuid;
    NEW.kiosk_id := NEW.document ->> 'kiosk_id';
    NEW.procedure_kind := NEW.document #>> '{procedure,kind}';
    NEW.procedure_id := NEW.document #>> '{procedure,id}';
    NEW.form_ids := ARRAY(SELECT f ->> 'form_id' FROM jsonb_array_elements(
        CASE WHEN jsonb_typeof(NEW.document -> 'forms') = 'array' THEN NEW.document -> 'forms' ELSE '[]' END) AS f);
    NEW.schema_version := (NEW.document ->> 'schema_version')::integer;
    NEW.created_at := (NEW.document ->> 'created_at')::timestamptz;
    NEW.received_at := clock_timestamp();
    NEW.submitted_by := session_user;
    NEW.status := 'received';
    NEW.status_reason := NULL;
    NEW.status_changed_at := NEW.received_at;
    NEW.status_history := jsonb_build_array(jsonb_build_object(
        'status', 'received', 'reason', NULL, 'at', NEW.received_at, 'by', session_user));
    RETURN NEW;
END
$$;
CREATE TRIGGER requests_before_insert BEFORE INSERT ON intake.requests
    FOR EACH ROW EXECUTE FUNCTION intake.requests_before_insert();

-- Status changes follow the counter's workflow and are recorded with who made them:
-- received → accepted | returned;  accepted → registered | returned;  returned → accepted.
CREATE FUNCTION intake.requests_before_update() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF (OLD.status, NEW.status) NOT IN (('received', 'accepted'), ('received', 'returned'),
                                            ('accepted', 'registered'), ('accepted', 'returned'),
                                            ('returned', 'accepted')) THEN
            RAISE EXCEPTION 'status % cannot follow %', NEW.status, OLD.status
                USING ERRCODE = 'check_violation', CONSTRAINT = 'requests_status_transition';
        END IF;
    END IF;
    IF NEW.status <> 'returned' THEN
        NEW.status_reason := NULL;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.status_reason IS DISTINCT FROM OLD.status_reason THEN
        NEW.status_changed_at := clock_timestamp();
        NEW.status_history := OLD.status_history || jsonb_build_array(jsonb_build_object(
            'status', NEW.status, 'reason', NEW.status_reason, 'at', NEW.status_changed_at, 'by', session_user));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER requests_before_update BEFORE UPDATE ON intake.requests
    FOR EACH ROW EXECUTE FUNCTION intake.requests_before_update();

-- LISTEN kakanai_requests: the payload is the request id only (never personal data). Delivered at commit.
CREATE FUNCTION intake.requests_notify() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('kakanai_requests', NEW.request_id::text);
    ELSE
        PERFORM pg_notify('kakanai_request_status', NEW.request_id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER requests_notify_insert AFTER INSERT ON intake.requests
    FOR EACH ROW EXECUTE FUNCTION intake.requests_notify();
CREATE TRIGGER requests_notify_status AFTER UPDATE OF status, status_reason ON intake.requests
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.status_reason IS DISTINCT FROM NEW.status_reason)
    EXECUTE FUNCTION intake.requests_notify();

-- Privileges: table grants and row-level security both say the same thing.
REVOKE ALL ON intake.requests FROM PUBLIC;
GRANT INSERT (document) ON intake.requests TO kakanai_kiosk;
GRANT SELECT, UPDATE (status, status_reason) ON intake.requests TO kakanai_staff;

ALTER TABLE intake.requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY kiosk_insert ON intake.requests FOR INSERT TO kakanai_kiosk
    WITH CHECK (status = 'received' AND submitted_by = session_user);
CREATE POLICY staff_read ON intake.requests FOR SELECT TO kakanai_staff USING (true);
CREATE POLICY staff_update ON intake.requests FOR UPDATE TO kakanai_staff USING (true) WITH CHECK (true);
