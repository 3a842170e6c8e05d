-- 0015: a review decision lists the suggestions it settled in review_decision_candidate only. The comma-separated
-- review_decision.candidate_ids column kept beside that table since 0010 goes. Decisions journaled before 0010 have
-- their suggestions only in the column: they move into the table first, with the state every suggestion had before
-- such a decision (open and undecided), which is what undo restored for them.

WITH RECURSIVE split(decision_id, candidate_id, rest) AS (
    SELECT d.decision_id, '', d.candidate_ids || ','
    FROM review_decision d
    WHERE NOT EXISTS (SELECT 1 FROM review_decision_candidate b WHERE b.decision_id = d.decision_id)
    UNION ALL
    SELECT decision_id, trim(substr(rest, 1, instr(rest, ',') - 1)), substr(rest, instr(rest, ',') + 1)
    FROM split WHERE rest <> ''
)
INSERT OR IGNORE INTO review_decision_candidate (decision_id, candidate_id, previous_processed, previous_decision, previous_decided_at)
SELECT decision_id, CAST(candidate_id AS INTEGER), 0, NULL, NULL FROM split WHERE candidate_id <> '';

ALTER TABLE review_decision DROP COLUMN candidate_ids;

PRAGMA user_version = 15;
