-- A bulk accept is one step for undo, also after a restart: its decisions share a batch number.
ALTER TABLE review_decision ADD COLUMN batch_id INTEGER;

CREATE INDEX review_decision_batch ON review_decision (batch_id) WHERE batch_id IS NOT NULL;

PRAGMA user_version = 17;
