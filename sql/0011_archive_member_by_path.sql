-- 0011 (scan edges): an archive lists every member by its path. The key was (parent, child content), so two members
-- with the same content under different names kept one row; it is now (parent, path_in_archive). Members that share
-- a name keep the first by sort order as it is; the others get " (duplicate N)" after their name, as scans now write.

CREATE TABLE archive_member_by_path (
    parent_rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    child_rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    path_in_archive TEXT NOT NULL,
    compressed_size INTEGER,
    uncompressed_size INTEGER,
    compression_ratio REAL,
    is_primary INTEGER DEFAULT 0,
    sort_order INTEGER,
    last_modified TEXT,
    PRIMARY KEY (parent_rom_id, path_in_archive)
);

INSERT OR IGNORE INTO archive_member_by_path (parent_rom_id, child_rom_id, path_in_archive, compressed_size,
    uncompressed_size, compression_ratio, is_primary, sort_order, last_modified)
SELECT parent_rom_id, child_rom_id,
       CASE WHEN rank = 1 THEN path_in_archive ELSE path_in_archive || ' (duplicate ' || rank || ')' END,
       compressed_size, uncompressed_size, compression_ratio, is_primary, sort_order, last_modified
FROM (SELECT m.*, row_number() OVER (PARTITION BY parent_rom_id, path_in_archive ORDER BY sort_order, child_rom_id) AS rank
      FROM archive_member m);

DROP TABLE archive_member;
ALTER TABLE archive_member_by_path RENAME TO archive_member;
CREATE INDEX ix_archive_member_child ON archive_member(child_rom_id);
