-- 0024: a multi-disc playlist the organizer wrote can be removed by an apply (organizer.m3u turned off, or its discs
-- moved to another folder): the removal's file_operation_log row ('delete', no file instance) keeps the playlist's
-- text, so undoing that run writes it back. Rows written before this migration have none (NULL).

ALTER TABLE file_operation_log ADD COLUMN content TEXT;

-- A remembered plan also counts the playlists it removes (plans remembered before this migration: 0).
ALTER TABLE organizer_plan ADD COLUMN playlists_to_remove INTEGER NOT NULL DEFAULT 0;

PRAGMA user_version = 24;
