-- 0021: the note of a restore row (a file the user moved by hand to where the organizer puts it) is stored as a code,
-- 'moved_by_hand', which the interface words; rows written before keep their meaning with the code in place of the text.

UPDATE file_operation_log SET message = 'moved_by_hand'
WHERE operation_type = 'restore' AND message = 'moved outside RomCurator to where the organizer puts it';

PRAGMA user_version = 21;
