-- 0006: look up extracted metadata by key (CHD SHA-1 against DAT disk entries, header titles for matching).

CREATE INDEX ix_rom_file_metadata_key_value ON rom_file_metadata(metadata_key, metadata_value);
