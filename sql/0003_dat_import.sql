-- 0003: DAT import: its run source, and the key a newer version of a DAT updates entries by
-- (so entry ids, and every link to them, survive a re-import). The importer stores a missing rom name as ''.

INSERT INTO metadata_source (name, source_type, description, importer)
VALUES ('dat_import', 'dat', 'DAT import: Logiqx XML and clrmamepro DATs (No-Intro, Redump, TOSEC, MAME)', 'romcurator dat import');

CREATE UNIQUE INDEX ux_dat_entry_dat_game_rom ON dat_entry(dat_id, game_name, rom_name);
CREATE UNIQUE INDEX ux_dat_file_name ON dat_file(name);
