-- 0009: the review queue's decisions, so the last one can be undone (from the TUI or `romcurator review undo`).
-- One row per decision: the candidates it settled, and the link/artifact it created or changed.

CREATE TABLE review_decision (
    decision_id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('accepted','rejected','skipped')),
    candidate_ids TEXT NOT NULL,
    link_id INTEGER,
    link_created INTEGER NOT NULL DEFAULT 0,
    previous_match_type TEXT,
    previous_confidence REAL,
    artifact_id INTEGER,
    decided_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
