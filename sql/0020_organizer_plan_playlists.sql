-- 0020: a remembered organizer plan also keeps its playlist lines, so `organize --apply PLAN_ID` asks about (and its
-- --json reports) the multi-disc playlists the plan writes, finds in place or skips, and not only its files. Plans
-- remembered before this migration count 0 of each (their playlists were not recorded).

ALTER TABLE organizer_plan ADD COLUMN playlists INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organizer_plan ADD COLUMN playlists_in_place INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organizer_plan ADD COLUMN playlists_skipped INTEGER NOT NULL DEFAULT 0;

PRAGMA user_version = 20;
