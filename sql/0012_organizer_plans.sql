-- 0011 (organizer trust): a plan the organizer showed (CLI dry run or the Organizer pane) is remembered by a number
-- and a fingerprint of its moves, so `organize --apply PLAN_ID` (and the pane's apply) moves exactly what was shown:
-- the plan is made again just before the first move and applied only when its moves have the same fingerprint.
-- The same moves shown again (same root filter) keep their number.

CREATE TABLE organizer_plan (
    plan_id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    shown_at TEXT NOT NULL DEFAULT (datetime('now')),
    root_name TEXT,
    template TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    moves INTEGER NOT NULL,
    in_place INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    skips INTEGER NOT NULL,
    applied_log_id INTEGER REFERENCES import_log(log_id)
);

CREATE UNIQUE INDEX ux_organizer_plan_fingerprint ON organizer_plan(fingerprint, ifnull(root_name, ''));

PRAGMA user_version = 12;
