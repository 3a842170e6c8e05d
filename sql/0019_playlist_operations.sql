-- 0018: the organizer writes multi-disc .m3u playlists beside the discs, audited like its moves: a 'playlist' row
-- (pending before the file is written, then completed or failed). Such a row names no file_instance: it carries the
-- root (root_id), the temporary file the playlist is written to (source_path) and its final path (destination_path),
-- and the SHA-1 of what it writes (content_sha1), so recovery and undo can tell the organizer's playlist from a file
-- someone else put there. SQLite cannot widen a CHECK, so file_operation_log is rebuilt: every row, operation_id and
-- index kept (no trigger or view refers to it, and no table refers to its rows).

CREATE TABLE file_operation_log_new (
    operation_id INTEGER PRIMARY KEY,
    instance_id INTEGER REFERENCES file_instance(instance_id),
    rom_id INTEGER REFERENCES rom_file(rom_id),
    operation_type TEXT NOT NULL CHECK (operation_type IN ('move','copy','delete','quarantine','restore','password_required','error','playlist')),
    source_path TEXT,
    destination_path TEXT,
    initiated_by TEXT DEFAULT 'ingestion',
    status TEXT NOT NULL CHECK (status IN ('pending','completed','failed')) DEFAULT 'completed',
    message TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    log_id INTEGER REFERENCES import_log(log_id),
    root_id INTEGER REFERENCES library_root(root_id),
    content_sha1 TEXT
);

INSERT INTO file_operation_log_new (operation_id, instance_id, rom_id, operation_type, source_path, destination_path, initiated_by, status,
                                    message, created_at, log_id)
SELECT operation_id, instance_id, rom_id, operation_type, source_path, destination_path, initiated_by, status, message, created_at, log_id
FROM file_operation_log;

DROP TABLE file_operation_log;
ALTER TABLE file_operation_log_new RENAME TO file_operation_log;

CREATE INDEX ix_file_operation_log_status ON file_operation_log(status);
CREATE INDEX ix_file_operation_log_log ON file_operation_log(log_id);
CREATE INDEX ix_file_operation_log_instance ON file_operation_log(instance_id);
CREATE INDEX ix_file_operation_log_pending ON file_operation_log(status, operation_type) WHERE status = 'pending';

PRAGMA user_version = 19;
