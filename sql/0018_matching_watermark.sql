-- Matching's watermark: what the last completed matching pass saw, so that the next pass joins only what is new.
-- One row. `state` is the fingerprint of everything else that decides matching's results (settings, 1G1R
-- preferences, the imported DATs, the roots, the review decisions, the program's version): when it differs, the
-- next pass is a full one.
CREATE TABLE matching_watermark (
    watermark_id INTEGER PRIMARY KEY CHECK (watermark_id = 1),
    log_id INTEGER NOT NULL,
    max_rom_id INTEGER NOT NULL,
    max_instance_id INTEGER NOT NULL,
    state TEXT NOT NULL
);

-- Title matching asks for DAT entries written since a file's last suggestions.
CREATE INDEX ix_dat_entry_log ON dat_entry(log_id);

PRAGMA user_version = 18;
