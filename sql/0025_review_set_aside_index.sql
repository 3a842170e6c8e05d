-- 0024: the files set aside in the review queue (a skipped suggestion) are read from a partial index of the skipped
-- suggestions instead of a walk of every open suggestion: `review --json` builds that set twice (once per part of the
-- queue), and it holds a handful of rows where the queue holds 100,000.

CREATE INDEX IF NOT EXISTS ix_ingestion_candidate_skipped ON ingestion_candidate(rom_id) WHERE decision = 'skipped';

PRAGMA user_version = 25;
