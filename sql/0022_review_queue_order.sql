-- 0022: the review queue is listed from an index instead of sorting every open suggestion for each page. Open
-- suggestions (coalesce(processed, 0) = 0, as the queue asks) by file, and by confidence: the queue's first page is
-- then read in milliseconds on a queue of 100,000 suggestions, whatever the order (file, confidence, doubtful).

CREATE INDEX IF NOT EXISTS ix_ingestion_candidate_open_file ON ingestion_candidate(coalesce(processed, 0), rom_id);
CREATE INDEX IF NOT EXISTS ix_ingestion_candidate_open_confidence ON ingestion_candidate(coalesce(processed, 0), confidence);

PRAGMA user_version = 22;
