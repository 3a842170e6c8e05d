-- 0005: header-aware hashes. Dumps of some systems carry a copier/format header (iNES/NES 2.0, fwNES, Atari Lynx,
-- Atari 7800, SNES copier); DATs list them with or without it, so the digests of the data after the header are
-- kept beside the digests of the whole file.

ALTER TABLE rom_file ADD COLUMN header_type TEXT;
ALTER TABLE rom_file ADD COLUMN headerless_sha1 TEXT;
ALTER TABLE rom_file ADD COLUMN headerless_md5 TEXT;
ALTER TABLE rom_file ADD COLUMN headerless_crc32 TEXT;
ALTER TABLE rom_file ADD COLUMN headerless_size INTEGER;

CREATE INDEX ix_rom_file_headerless_sha1 ON rom_file(headerless_sha1) WHERE headerless_sha1 IS NOT NULL;
CREATE INDEX ix_rom_file_headerless_crc32_size ON rom_file(headerless_crc32, headerless_size) WHERE headerless_crc32 IS NOT NULL;
