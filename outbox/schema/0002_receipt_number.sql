-- 0002: the receipt number (受付番号) staff call out, as a column of its own, so that the inbox finds a request by
-- it. The kiosk writes it into the document as "receipt_number" ("A-007": the kiosk's prefix and the day's
-- sequence of that kiosk); it is unique per kiosk and day, so it is searched together with receipt_date, the
-- kiosk's local day of the request (the date part of created_at, which carries the kiosk's UTC offset).
-- Not unique here: two kiosks wrongly configured with the same prefix must still deliver their requests; the inbox
-- then lists both, told apart by the kiosk column.

ALTER TABLE intake.requests
    ADD COLUMN receipt_number text,
    ADD COLUMN receipt_date   date,
    ADD CONSTRAINT requests_receipt_number_format
        CHECK (receipt_number ~ '^[ACDEFHJKLMNPRTUVWXY]{1,3}-(00[1-9]|0[1-9][0-9]|[1-9][0-9]{2,4})$');

COMMENT ON COLUMN intake.requests.receipt_number IS 'The 受付番号 of the document (NULL for requests from before receipt numbers)';
COMMENT ON COLUMN intake.requests.receipt_date IS 'The kiosk''s local day of created_at, the day the receipt number counts in';

-- Filled from the document like the other extracted columns. It runs after requests_before_insert (triggers of one
-- event fire in name order), so a kiosk cannot forge either column.
CREATE FUNCTION intake.requests_before_insert_receipt() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    NEW.receipt_number := NEW.document ->> 'receipt_number';
    -- created_at is ISO 8601 with the kiosk's offset ("2025-04-01T09:30:00+09:00"): its first ten characters are
    -- the kiosk's local date, whatever the server's time zone.
    NEW.receipt_date := to_date(left(NEW.document ->> 'created_at', 10), 'YYYY-MM-DD');
    RETURN NEW;
END
$$;
CREATE TRIGGER requests_before_insert_receipt BEFORE INSERT ON intake.requests
    FOR EACH ROW EXECUTE FUNCTION intake.requests_before_insert_receipt();

-- Requests delivered before this migration: from their documents (the status triggers ignore these columns).
UPDATE intake.requests
   SET receipt_number = document ->> 'receipt_number',
       receipt_date = to_date(left(document ->> 'created_at', 10), 'YYYY-MM-DD');

CREATE INDEX requests_receipt ON intake.requests (receipt_number, receipt_date);
