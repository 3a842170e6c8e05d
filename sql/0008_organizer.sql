-- 0008: organizer runs (`romcurator organize --apply`, `--undo`) are import_log rows of their own source; their
-- moves are file_operation_log rows carrying the run's log_id.

INSERT INTO metadata_source (name, source_type, description, importer)
VALUES ('organizer', 'organizer', 'Library organization: audited moves planned from the organizer template', 'romcurator organize');

CREATE INDEX ix_file_operation_log_pending ON file_operation_log(status, operation_type) WHERE status = 'pending';
