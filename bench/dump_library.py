#!/usr/bin/env python3
"""Dumps a RomCurator database as sorted text, for checking that two builds wrote the same library.

  dump_library.py DATABASE [SCAN_JSON]

Every table (but import_log, the runs themselves), every row, sorted; left out are timestamps, run ids and row ids
(which depend on the order the hashing threads finished in): columns ending in _at, first_seen, last_seen,
log_id, and integer primary keys. References to rom_file rows are written as the content's SHA-1, to
file_instance rows as their path. With SCAN_JSON (a scan --json output) its keys follow, less run_id and duration_s.
"""
import json, sqlite3, sys

SKIP_TABLES = {'import_log', 'sqlite_sequence'}
SKIP_COLUMNS = {'first_seen', 'last_seen', 'log_id', 'cached_at'}


def main():
    db = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)
    sha1 = dict(db.execute('SELECT rom_id, sha1 FROM rom_file'))
    instance = dict(db.execute('SELECT instance_id, relative_path FROM file_instance'))
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if table in SKIP_TABLES:
            continue
        info = list(db.execute(f'PRAGMA table_info("{table}")'))
        pk = [r[1] for r in info if r[5] and r[2].upper() == 'INTEGER' and sum(1 for x in info if x[5]) == 1]
        columns = [r[1] for r in info if r[1] not in SKIP_COLUMNS and not r[1].endswith('_at') and r[1] not in pk]
        rows = []
        for row in db.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}"'):
            cells = []
            for column, value in zip(columns, row):
                if column.endswith('rom_id') and value is not None:
                    value = 'sha1:' + str(sha1.get(value, value))
                elif column == 'instance_id' and value is not None:
                    value = 'path:' + str(instance.get(value, value))
                cells.append(repr(value))
            rows.append('\t'.join(cells))
        print(f'== {table} ({", ".join(columns)}): {len(rows)} rows')
        for line in sorted(rows):
            print(line)
    if len(sys.argv) > 2:
        summary = json.load(open(sys.argv[2]))
        for key in ('run_id', 'duration_s'):
            summary.pop(key, None)
        print('== scan --json')
        print(json.dumps(summary, indent=1, sort_keys=True))


if __name__ == '__main__':
    main()
