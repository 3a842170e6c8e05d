-- 0015: an organizer run's mode ('apply' or 'undo') gets its own column; it was kept in import_log.file_name, a column
-- meant for the file a run read. Existing organizer runs move over; other runs have no mode.
ALTER TABLE import_log ADD COLUMN run_mode TEXT CHECK (run_mode IS NULL OR run_mode IN ('apply', 'undo'));

UPDATE import_log SET run_mode = file_name, file_name = NULL
WHERE file_name IN ('apply', 'undo')
  AND source_id IN (SELECT source_id FROM metadata_source WHERE name = 'organizer');

PRAGMA user_version = 16;
