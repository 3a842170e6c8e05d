-- 0011: the reader a DAT was read with, which dat_file.format cannot hold: its CHECK allows only the two families
-- ('logiqx' XML, 'clrmamepro' text), and SQLite cannot widen a CHECK without rebuilding dat_file, whose rows
-- dat_entry refers to with ON DELETE CASCADE. An SMDB (EverDrive pack hash list) is text: format 'clrmamepro',
-- dialect 'smdb'.

ALTER TABLE dat_file ADD COLUMN dialect TEXT;
UPDATE dat_file SET dialect = format;

PRAGMA user_version = 13;
