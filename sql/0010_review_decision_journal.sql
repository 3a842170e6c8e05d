-- 0010 (branch fixes, review decisions): what a review decision changed, row by row, so that undo restores it
-- exactly. A decision now also removes the automatic title links (and the release links that came with them) of
-- the suggestions it rejects, and a skip keeps its suggestion open; the rows below remember the previous state.

-- Every suggestion a decision touched, as it was before (skip can touch one that was already skipped).
CREATE TABLE review_decision_candidate (
    decision_id INTEGER NOT NULL REFERENCES review_decision(decision_id) ON DELETE CASCADE,
    candidate_id INTEGER NOT NULL,
    previous_processed INTEGER,
    previous_decision TEXT,
    previous_decided_at TEXT,
    PRIMARY KEY (decision_id, candidate_id)
);

-- dat_atomic_link rows a decision deleted (automatic title links of rejected suggestions), column for column.
CREATE TABLE review_decision_removed_link (
    decision_id INTEGER NOT NULL REFERENCES review_decision(decision_id) ON DELETE CASCADE,
    link_id INTEGER NOT NULL,
    dat_entry_id INTEGER NOT NULL,
    atomic_id INTEGER NOT NULL,
    rom_id INTEGER,
    match_type TEXT NOT NULL,
    confidence REAL NOT NULL,
    log_id INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, link_id)
);

-- release_artifact rows a decision deleted with those links, column for column.
CREATE TABLE review_decision_removed_artifact (
    decision_id INTEGER NOT NULL REFERENCES review_decision(decision_id) ON DELETE CASCADE,
    artifact_id INTEGER NOT NULL,
    release_id INTEGER NOT NULL,
    rom_id INTEGER NOT NULL,
    artifact_type TEXT NOT NULL,
    artifact_sequence INTEGER,
    log_id INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (decision_id, artifact_id)
);
