#!/usr/bin/env python3
"""Prints every row of a RomCurator database's tables in primary-key order, minus the columns that are clocks
(created_at, imported_at, started_at, finished_at, first_seen, last_seen, decided_at, updated_at, shown_at,
last_scan_at, removed_at) and import_log's notes (run summaries with their durations): two databases that went through the same
commands with two builds must print the same text. Used to check that a speed change writes byte-identical rows.

    bench/dump_tables.py DATABASE [TABLE ...] > rows.txt
"""
import sqlite3, sys

CLOCKS = {"created_at", "imported_at", "started_at", "finished_at", "first_seen", "last_seen", "decided_at",
          "updated_at", "shown_at", "last_scan_at", "removed_at", "previous_decided_at"}
SKIP_COLUMNS = {("import_log", "notes")}

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = sys.argv[2:] or [r[0] for r in db.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
for table in tables:
    columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')
               if r[1] not in CLOCKS and (table, r[1]) not in SKIP_COLUMNS]
    print(f"## {table}: {', '.join(columns)}")
    select = ", ".join(f'"{c}"' for c in columns)
    try:
        rows = db.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid').fetchall()
    except sqlite3.OperationalError:  # WITHOUT ROWID: every column is the order
        rows = db.execute(f'SELECT {select} FROM "{table}" ORDER BY {", ".join(str(i + 1) for i in range(len(columns)))}').fetchall()
    for row in rows:
        print("|".join("" if v is None else str(v) for v in row))
