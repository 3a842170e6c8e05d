-- 0022: the title index of a DAT kept between matching passes. A full pass files every DAT game of a platform under
-- the hash of its title key and of its words (Matching/TitleIndex); parsing 1.17M names for that is most of building
-- the index. The first pass after a DAT's import writes what it computed for that DAT here, in chunks of a few
-- thousand titles in index order; later passes read them back instead of grouping and parsing the DAT's names.
-- `stamp` says what the rows were computed from (the program's version, the DAT's import and file): rows whose stamp
-- differs are rebuilt. Removing the DAT removes them (ON DELETE CASCADE).
CREATE TABLE dat_title_index (
    dat_id INTEGER NOT NULL REFERENCES dat_file(dat_id) ON DELETE CASCADE,
    platform_id INTEGER NOT NULL,
    stamp TEXT NOT NULL,
    entries INTEGER NOT NULL,
    titles INTEGER NOT NULL,
    PRIMARY KEY (dat_id, platform_id)
) WITHOUT ROWID;

CREATE INDEX ix_dat_title_index_platform ON dat_title_index(platform_id);

CREATE TABLE dat_title_chunk (
    dat_id INTEGER NOT NULL,
    platform_id INTEGER NOT NULL,
    chunk INTEGER NOT NULL,
    titles BLOB NOT NULL,
    PRIMARY KEY (dat_id, platform_id, chunk),
    FOREIGN KEY (dat_id, platform_id) REFERENCES dat_title_index(dat_id, platform_id) ON DELETE CASCADE
) WITHOUT ROWID;

PRAGMA user_version = 23;
