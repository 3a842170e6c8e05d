-- 0011: GCZ (Dolphin's compressed GameCube / Wii image) is read like CSO and CHD: its member is the .iso.
INSERT OR IGNORE INTO file_extension (extension, category_id, description, treat_as_archive, treat_as_disc, treat_as_auxiliary)
SELECT 'gcz', category_id, 'GameCube / Wii disc image, compressed (Dolphin GCZ)', 0, 1, 0
FROM file_type_category WHERE name = 'disc';

INSERT OR IGNORE INTO platform_extension (platform_id, extension, is_primary)
SELECT platform_id, 'gcz', 0 FROM platform WHERE short_name IN ('gc', 'wii');

PRAGMA user_version = 14;
