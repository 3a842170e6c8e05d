-- 0004: matching runs (`romcurator match`) are import_log rows of their own source.

INSERT INTO metadata_source (name, source_type, description, importer)
VALUES ('matching', 'ingestion', 'Matching of library files against imported DATs (hash first, then title)', 'romcurator match');
