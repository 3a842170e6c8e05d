-- 0001: the base model and every table/column the ingestion plan adds.
-- Forward only. Applied inside one transaction by MigrationRunner; the runner sets PRAGMA user_version.
-- Hashes are stored as lower-case hex text (crc32: 8 digits, md5: 32, sha1: 40).

-- Where data comes from: DAT providers, the file ingestion job, the organizer.
CREATE TABLE metadata_source (
    source_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    source_type TEXT NOT NULL DEFAULT 'dat' CHECK (source_type IN ('dat','ingestion','organizer','manual')),
    description TEXT,
    importer TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

-- One row per run of any job (scan, DAT import, match, organize): lifecycle, counts, JSON summary in notes.
CREATE TABLE import_log (
    log_id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES metadata_source(source_id),
    file_name TEXT,
    file_hash TEXT,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running','completed','failed','cancelled')),
    started_at TEXT NOT NULL DEFAULT (datetime('now')),
    finished_at TEXT,
    records_processed INTEGER NOT NULL DEFAULT 0,
    notes TEXT
);
CREATE INDEX ix_import_log_source_status ON import_log(source_id, status);

-- Canonical platforms and every name that refers to one (DAT header names, short names, regional names).
CREATE TABLE platform (
    platform_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    short_name TEXT UNIQUE COLLATE NOCASE,
    manufacturer TEXT,
    media_type TEXT NOT NULL DEFAULT 'cartridge' CHECK (media_type IN ('cartridge','disc','computer','arcade','handheld','other')),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE platform_links (
    link_id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL UNIQUE COLLATE NOCASE,
    platform_id INTEGER NOT NULL REFERENCES platform(platform_id) ON DELETE CASCADE,
    source_id INTEGER REFERENCES metadata_source(source_id),
    link_type TEXT NOT NULL DEFAULT 'alias' CHECK (link_type IN ('alias','dat','discovered','manual')),
    is_confirmed INTEGER NOT NULL DEFAULT 1 CHECK (is_confirmed IN (0,1)),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX ix_platform_links_platform ON platform_links(platform_id);

-- A game independent of any release: one per platform and normalized title family.
CREATE TABLE atomic_game_unit (
    atomic_id INTEGER PRIMARY KEY,
    platform_id INTEGER REFERENCES platform(platform_id),
    canonical_title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (platform_id, title_key)
);

-- A release of an atomic game on a platform/region/version (one per DAT game).
CREATE TABLE game_release (
    release_id INTEGER PRIMARY KEY,
    atomic_id INTEGER NOT NULL REFERENCES atomic_game_unit(atomic_id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL REFERENCES platform(platform_id),
    release_name TEXT NOT NULL,
    region TEXT,
    version TEXT,
    source_id INTEGER REFERENCES metadata_source(source_id),
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (platform_id, release_name)
);
CREATE INDEX ix_game_release_atomic ON game_release(atomic_id);

-- Unique content, keyed by SHA-1.
CREATE TABLE rom_file (
    rom_id INTEGER PRIMARY KEY,
    sha1 TEXT NOT NULL UNIQUE,
    md5 TEXT,
    crc32 TEXT,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    filename TEXT,
    content_role TEXT DEFAULT 'rom' CHECK (content_role IN ('rom','disc','patch','auxiliary','save','playlist')),
    log_id INTEGER REFERENCES import_log(log_id),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX ix_rom_file_md5 ON rom_file(md5);
CREATE INDEX ix_rom_file_crc32_size ON rom_file(crc32, size_bytes);

-- A curated release's files: ROMs, disc images, patches (artifact_sequence orders multi-disc sets).
CREATE TABLE release_artifact (
    artifact_id INTEGER PRIMARY KEY,
    release_id INTEGER NOT NULL REFERENCES game_release(release_id) ON DELETE CASCADE,
    rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    artifact_type TEXT NOT NULL DEFAULT 'rom' CHECK (artifact_type IN ('rom','disc','patch')),
    artifact_sequence INTEGER,
    log_id INTEGER REFERENCES import_log(log_id),
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (release_id, rom_id)
);
CREATE INDEX ix_release_artifact_rom ON release_artifact(rom_id);

-- Folders the user curates. Removing a root deactivates it and keeps its history.
CREATE TABLE library_root (
    root_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL UNIQUE,
    platform_id INTEGER REFERENCES platform(platform_id),
    is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0,1)),
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    last_scan_at TEXT,
    removed_at TEXT
);

-- Where content lives: a rom_file at a root + relative path.
CREATE TABLE file_instance (
    instance_id INTEGER PRIMARY KEY,
    rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id),
    root_id INTEGER NOT NULL REFERENCES library_root(root_id),
    relative_path TEXT NOT NULL,
    size_bytes INTEGER,
    first_seen TEXT,
    last_seen TEXT,
    last_modified TEXT,
    status TEXT DEFAULT 'present' CHECK (status IN ('present','missing','quarantined')),
    log_id INTEGER REFERENCES import_log(log_id),
    UNIQUE (root_id, relative_path)
);
CREATE INDEX ix_file_instance_rom ON file_instance(rom_id);
CREATE INDEX ix_file_instance_status ON file_instance(root_id, status);

-- Imported DAT files (one row per DAT name + version).
CREATE TABLE dat_file (
    dat_id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES metadata_source(source_id),
    platform_id INTEGER REFERENCES platform(platform_id),
    name TEXT NOT NULL,
    description TEXT,
    version TEXT,
    author TEXT,
    homepage TEXT,
    format TEXT NOT NULL CHECK (format IN ('logiqx','clrmamepro')),
    file_sha1 TEXT,
    log_id INTEGER REFERENCES import_log(log_id),
    imported_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (name, version)
);

-- One row per ROM (or disk) listed in a DAT.
CREATE TABLE dat_entry (
    dat_entry_id INTEGER PRIMARY KEY,
    dat_id INTEGER REFERENCES dat_file(dat_id) ON DELETE CASCADE,
    log_id INTEGER REFERENCES import_log(log_id),
    platform_id INTEGER REFERENCES platform(platform_id),
    release_id INTEGER REFERENCES game_release(release_id),
    game_name TEXT NOT NULL,
    rom_name TEXT,
    parent_name TEXT,
    entry_kind TEXT NOT NULL DEFAULT 'rom' CHECK (entry_kind IN ('rom','disk')),
    rom_size INTEGER,
    rom_crc32 TEXT,
    rom_md5 TEXT,
    rom_sha1 TEXT,
    dump_status TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX ix_dat_entry_sha1 ON dat_entry(rom_sha1);
CREATE INDEX ix_dat_entry_md5 ON dat_entry(rom_md5);
CREATE INDEX ix_dat_entry_crc32_size ON dat_entry(rom_crc32, rom_size);
CREATE INDEX ix_dat_entry_dat_game ON dat_entry(dat_id, game_name);
CREATE INDEX ix_dat_entry_platform ON dat_entry(platform_id);
CREATE INDEX ix_dat_entry_release ON dat_entry(release_id);

-- What the game name says: title without tags, region, languages, version, flags.
CREATE TABLE dat_entry_metadata (
    dat_entry_id INTEGER PRIMARY KEY REFERENCES dat_entry(dat_entry_id) ON DELETE CASCADE,
    base_title TEXT NOT NULL,
    title_key TEXT,
    region_normalized TEXT,
    languages TEXT,
    version TEXT,
    revision TEXT,
    disc_number INTEGER,
    flags TEXT
);
CREATE INDEX ix_dat_entry_metadata_title_key ON dat_entry_metadata(title_key);

-- Links of DAT entries to atomic games: from the DAT's structure ('dat'), from matching files
-- ('automatic'), or from the curator ('manual'). rom_id names the matched file where there is one.
CREATE TABLE dat_atomic_link (
    link_id INTEGER PRIMARY KEY,
    dat_entry_id INTEGER NOT NULL REFERENCES dat_entry(dat_entry_id) ON DELETE CASCADE,
    atomic_id INTEGER NOT NULL REFERENCES atomic_game_unit(atomic_id) ON DELETE CASCADE,
    rom_id INTEGER REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    match_type TEXT NOT NULL CHECK (match_type IN ('dat','automatic','manual')),
    confidence REAL NOT NULL DEFAULT 1.0 CHECK (confidence >= 0 AND confidence <= 1),
    log_id INTEGER REFERENCES import_log(log_id),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE UNIQUE INDEX ux_dat_atomic_link_entry_rom ON dat_atomic_link(dat_entry_id, ifnull(rom_id, 0));
CREATE INDEX ix_dat_atomic_link_atomic ON dat_atomic_link(atomic_id);
CREATE INDEX ix_dat_atomic_link_rom ON dat_atomic_link(rom_id);

-- ---------------------------------------------------------------------------------------------
-- Ingestion plan, stage 3: extension registry.
CREATE TABLE file_type_category (
    category_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    is_active INTEGER DEFAULT 1
);

CREATE TABLE file_extension (
    extension TEXT PRIMARY KEY,
    category_id INTEGER REFERENCES file_type_category(category_id),
    description TEXT,
    is_active INTEGER DEFAULT 1,
    treat_as_archive INTEGER DEFAULT 0,
    treat_as_disc INTEGER DEFAULT 0,
    treat_as_auxiliary INTEGER DEFAULT 0,
    created_at TEXT DEFAULT (datetime('now')),
    updated_at TEXT DEFAULT (datetime('now'))
);
CREATE INDEX ix_file_extension_category ON file_extension(category_id);

CREATE TABLE platform_extension (
    platform_id INTEGER REFERENCES platform(platform_id),
    extension TEXT REFERENCES file_extension(extension),
    is_primary INTEGER DEFAULT 0,
    PRIMARY KEY (platform_id, extension)
);
CREATE INDEX ix_platform_extension_extension ON platform_extension(extension);

-- Stage 3: archive membership.
CREATE TABLE archive_member (
    parent_rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    child_rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    path_in_archive TEXT NOT NULL,
    compressed_size INTEGER,
    uncompressed_size INTEGER,
    compression_ratio REAL,
    is_primary INTEGER DEFAULT 0,
    sort_order INTEGER,
    last_modified TEXT,
    PRIMARY KEY (parent_rom_id, child_rom_id)
);
CREATE INDEX ix_archive_member_child ON archive_member(child_rom_id);

-- Stage 4: extracted metadata (cartridge headers, disc layout).
CREATE TABLE rom_file_metadata (
    rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    metadata_key TEXT NOT NULL,
    metadata_value TEXT NOT NULL,
    PRIMARY KEY (rom_id, metadata_key)
);

-- Stage 5: discovery staging, audit trail, work queue.
CREATE TABLE file_discovery (
    discovery_id INTEGER PRIMARY KEY,
    log_id INTEGER NOT NULL REFERENCES import_log(log_id),
    root_id INTEGER NOT NULL REFERENCES library_root(root_id),
    absolute_path TEXT NOT NULL,
    relative_path TEXT NOT NULL,
    size_bytes INTEGER,
    modified_time TEXT,
    rom_id INTEGER REFERENCES rom_file(rom_id),
    promotion_state TEXT NOT NULL DEFAULT 'pending' CHECK (promotion_state IN ('pending','hashed','failed')),
    first_seen TEXT NOT NULL DEFAULT (datetime('now')),
    last_seen TEXT NOT NULL DEFAULT (datetime('now')),
    depth INTEGER DEFAULT 0,
    message TEXT,
    UNIQUE(root_id, relative_path)
);
CREATE INDEX ix_file_discovery_log_state ON file_discovery(log_id, promotion_state);
CREATE INDEX ix_file_discovery_rom ON file_discovery(rom_id);

CREATE TABLE file_operation_log (
    operation_id INTEGER PRIMARY KEY,
    instance_id INTEGER REFERENCES file_instance(instance_id),
    rom_id INTEGER REFERENCES rom_file(rom_id),
    operation_type TEXT NOT NULL CHECK (operation_type IN ('move','copy','delete','quarantine','restore','password_required','error')),
    source_path TEXT,
    destination_path TEXT,
    initiated_by TEXT DEFAULT 'ingestion',
    status TEXT NOT NULL CHECK (status IN ('pending','completed','failed')) DEFAULT 'completed',
    message TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    log_id INTEGER REFERENCES import_log(log_id)
);
CREATE INDEX ix_file_operation_log_status ON file_operation_log(status);
CREATE INDEX ix_file_operation_log_log ON file_operation_log(log_id);
CREATE INDEX ix_file_operation_log_instance ON file_operation_log(instance_id);

CREATE TABLE ingestion_queue (
    queue_id INTEGER PRIMARY KEY,
    root_id INTEGER NOT NULL,
    absolute_path TEXT NOT NULL,
    depth INTEGER DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('pending','processing','done','error')) DEFAULT 'pending',
    error_message TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    log_id INTEGER REFERENCES import_log(log_id)
);
CREATE INDEX ix_ingestion_queue_status ON ingestion_queue(status, root_id);
CREATE UNIQUE INDEX ux_ingestion_queue_path ON ingestion_queue(root_id, absolute_path);

-- Stage 6: suggestions for the curator.
CREATE TABLE ingestion_candidate (
    candidate_id INTEGER PRIMARY KEY,
    rom_id INTEGER NOT NULL REFERENCES rom_file(rom_id) ON DELETE CASCADE,
    dat_entry_id INTEGER REFERENCES dat_entry(dat_entry_id),
    suggested_atomic_id INTEGER REFERENCES atomic_game_unit(atomic_id),
    confidence REAL NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    processed INTEGER DEFAULT 0,
    decision TEXT CHECK (decision IN ('accepted','rejected','skipped')),
    decided_at TEXT,
    log_id INTEGER REFERENCES import_log(log_id)
);
CREATE INDEX ix_ingestion_candidate_rom ON ingestion_candidate(rom_id);
CREATE INDEX ix_ingestion_candidate_open ON ingestion_candidate(processed, confidence);
CREATE INDEX ix_ingestion_candidate_log ON ingestion_candidate(log_id);

INSERT INTO metadata_source (name, source_type, description, importer)
VALUES ('file_ingestion', 'ingestion', 'Library scan: discovery, hashing and archive enumeration of library roots', 'romcurator scan');
