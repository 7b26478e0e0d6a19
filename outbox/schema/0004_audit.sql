-- 0004: the audit trail of staff actions (issue 9 item 4), and each kiosk's identity pinned to its certificate.
--
-- intake.audit holds hash chains: one per kiosk (delivered by its outbox's sync worker, in order, also after days
-- offline) and one per inbox workstation (written by kakanai-inbox). Each entry carries the SHA-256 of the entry
-- before it; `kakanai-inbox audit verify` recomputes every chain (outbox/AuditEntry.h has the canonical text) and
-- names the first broken link. The table is INSERT-only for everybody: no role is granted UPDATE or DELETE, and a
-- trigger refuses both (and TRUNCATE) even to the owner. A superuser can still get round that; the chain is what
-- then shows the change. Entries hold ids and codes only, never a name, an address or an individual number.
--
-- Kiosk identity: a kiosk's login role is its client certificate's CN (sslmode verify-full, `cert` authentication),
-- and the first role that delivers for a kiosk_id owns it (intake.kiosk_identities; IT staff may bind ids to roles
-- beforehand with an INSERT as the owner). A request or an audit entry that claims a kiosk_id bound to another role
-- is refused (SQLSTATE 23514, constraint kiosk_identity_pinned): the outbox sets such a request aside as rejected.

CREATE TABLE intake.kiosk_identities (
    kiosk_id   text        PRIMARY KEY,
    login_role name        NOT NULL,
    bound_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
COMMENT ON TABLE intake.kiosk_identities IS 'Which login role (client certificate CN) may speak for which kiosk_id';
REVOKE ALL ON intake.kiosk_identities FROM PUBLIC;
GRANT SELECT ON intake.kiosk_identities TO kakanai_staff;

-- Runs as the schema owner (SECURITY DEFINER), so that a kiosk can bind its id on first use without any privilege
-- on the table. The owner itself (migrations, repairs, tests that show what the triggers do) is not a kiosk.
CREATE FUNCTION intake.pin_kiosk_identity(claimed text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
DECLARE
    bound name;
BEGIN
    IF session_user = (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'intake') THEN
        RETURN;
    END IF;
    INSERT INTO intake.kiosk_identities (kiosk_id, login_role) VALUES (claimed, session_user)
        ON CONFLICT (kiosk_id) DO NOTHING;
    SELECT login_role INTO bound FROM intake.kiosk_identities WHERE kiosk_id = claimed;
    IF bound IS DISTINCT FROM session_user THEN
        RAISE EXCEPTION 'kiosk_id belongs to another client certificate'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'kiosk_identity_pinned';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION intake.pin_kiosk_identity(text) FROM PUBLIC;

-- After requests_before_insert (name order), which has set NEW.kiosk_id from the document.
CREATE FUNCTION intake.requests_before_insert_pin() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    PERFORM intake.pin_kiosk_identity(NEW.kiosk_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER requests_before_insert_pin BEFORE INSERT ON intake.requests
    FOR EACH ROW EXECUTE FUNCTION intake.requests_before_insert_pin();

-- Kiosks delivered so far keep their ids, bound to the role that delivered them first.
INSERT INTO intake.kiosk_identities (kiosk_id, login_role)
SELECT DISTINCT ON (kiosk_id) kiosk_id, submitted_by FROM intake.requests
 WHERE submitted_by <> (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'intake')
 ORDER BY kiosk_id, received_at
ON CONFLICT DO NOTHING;

CREATE TABLE intake.audit (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_kind  text        NOT NULL,
    source_id    text        NOT NULL,
    seq          bigint      NOT NULL,
    at           timestamptz NOT NULL,
    staff_id     text        NOT NULL DEFAULT '',
    action       text        NOT NULL,
    request_id   text        NOT NULL DEFAULT '',
    detail       jsonb       NOT NULL DEFAULT '[]',
    prev_hash    text        NOT NULL,
    hash         text        NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    submitted_by name        NOT NULL DEFAULT session_user,
    CONSTRAINT audit_chain_position UNIQUE (source_kind, source_id, seq),
    CONSTRAINT audit_source_kind CHECK (source_kind IN ('kiosk', 'workstation')),
    CONSTRAINT audit_source_id CHECK (length(source_id) BETWEEN 1 AND 64),
    CONSTRAINT audit_seq CHECK (seq >= 1),
    CONSTRAINT audit_action CHECK (action IN ('staff_sign_in', 'staff_sign_in_failed', 'confirmation', 'sent_back',
                                              'correction', 'code_b_read', 'print', 'reprint', 'held_print_released',
                                              'kiosk_closed', 'request_discarded', 'request_opened',
                                              'status_changed', 'export')),
    CONSTRAINT audit_detail CHECK (jsonb_typeof(detail) = 'array'),
    CONSTRAINT audit_hashes CHECK (prev_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX audit_request ON intake.audit (request_id) WHERE request_id <> '';
COMMENT ON TABLE intake.audit IS 'Hash-chained staff actions of kiosks and inbox workstations (INSERT-only)';

CREATE FUNCTION intake.audit_before_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
    NEW.received_at := clock_timestamp();
    NEW.submitted_by := session_user;
    IF NEW.source_kind = 'kiosk' THEN
        PERFORM intake.pin_kiosk_identity(NEW.source_id);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_before_insert BEFORE INSERT ON intake.audit
    FOR EACH ROW EXECUTE FUNCTION intake.audit_before_insert();

CREATE FUNCTION intake.audit_append_only() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE EXCEPTION 'intake.audit is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_no_update_delete BEFORE UPDATE OR DELETE ON intake.audit
    FOR EACH ROW EXECUTE FUNCTION intake.audit_append_only();
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON intake.audit
    FOR EACH STATEMENT EXECUTE FUNCTION intake.audit_append_only();

REVOKE ALL ON intake.audit FROM PUBLIC;
GRANT INSERT (source_kind, source_id, seq, at, staff_id, action, request_id, detail, prev_hash, hash)
    ON intake.audit TO kakanai_kiosk, kakanai_staff;
GRANT SELECT ON intake.audit TO kakanai_staff;

-- Kiosks write their own chain only; workstations (staff) theirs; staff read all (verify, a request's history).
ALTER TABLE intake.audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_kiosk_insert ON intake.audit FOR INSERT TO kakanai_kiosk
    WITH CHECK (source_kind = 'kiosk' AND submitted_by = session_user);
CREATE POLICY audit_staff_insert ON intake.audit FOR INSERT TO kakanai_staff
    WITH CHECK (source_kind = 'workstation' AND submitted_by = session_user);
CREATE POLICY audit_staff_read ON intake.audit FOR SELECT TO kakanai_staff USING (true);
