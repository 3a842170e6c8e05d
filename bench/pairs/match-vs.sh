#!/usr/bin/env bash
# A whole matching pass (issue #15, target 4), this build against another one, in paired alternating runs: on the
# load database (bench/load.sh's 200,000 files cold-scanned with its 300 MiB DAT: 100,000 files to match by hash,
# 100,000 by title against 1,166,861 titles), links, suggestions, release links and matching's watermark are
# deleted once; before every run the database is copied back from that state (the copy is inside the timed
# command for both binaries alike: `cp` alone is timed too), then `match --json` runs: ours, the other, ours, ...
# Prints, per binary, the median CPU seconds (user + system), wall seconds and peak RSS of the whole command, and
# the median of the paired CPU ratios (other / ours: > 1 means ours is faster). Then it checks that both wrote the
# same rows: bench/dump_tables.py of links, suggestions, release links and the watermark (whose program stamp, the
# version and source fingerprint, is left out), compared with cmp; exit 1 if they differ.
#
#   bench/pairs/match-vs.sh --vs path/to/other/romcurator [--runs 5] [--home path/to/loadhome] [--bin path/to/ours] [--kept]
#
# --kept: ours starts from a copy on which it already ran one pass (then links, suggestions, release links and the
# watermark deleted again), so that it finds the title index it keeps per DAT (migration 0022): the full pass that
# follows the import of another DAT. The other binary starts from the copy as before (it may not know the schema).
#
# --home: a HOME holding the load database (bench/pairs/match.sh builds one in bench/out/loadhome); never written to.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
runs=5 vs="" home="$here/out/loadhome" bin="$repo/dist/romcurator" kept=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --vs) vs=$2; shift 2 ;;
    --home) home=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --kept) kept=1; shift ;;
    *) echo "match-vs.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$vs" ] || { echo "match-vs.sh: --vs path/to/other/romcurator is required" >&2; exit 2; }
[ -x "$bin" ] || "$repo/publish.sh" >&2
[ -d "$home/data" ] || "$here/pairs/match.sh" --runs 1 > /dev/null
source_db=$(find "$home/data" -name '*.db' ! -name '*.cache.db' | head -1)
out="$here/out/pairs-match-vs"; rm -rf "$out"; mkdir -p "$out/home/data/romcurator"
db="$out/home/data/romcurator/$(basename "$source_db")"
python3 - "$source_db" "$out/unmatched.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[2])
sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).backup(c)
c.execute('PRAGMA foreign_keys = ON')
for sql in ('DELETE FROM release_artifact', 'DELETE FROM ingestion_candidate',
            'DELETE FROM dat_atomic_link WHERE rom_id IS NOT NULL', 'DELETE FROM matching_watermark'):
    c.execute(sql)
c.commit(); c.execute('PRAGMA journal_mode = DELETE'); c.close()
PY
export HOME="$out/home" XDG_DATA_HOME="$out/home/data" XDG_CONFIG_HOME="$out/home/config"
ours_db="$out/unmatched.db"
if [ -n "$kept" ]; then
  cp "$out/unmatched.db" "$db" && rm -f "$db-wal" "$db-shm"
  /usr/bin/time -f '%U %S %e %M' -o "$out/keeping.time" "$bin" match --json > /dev/null # the pass that keeps the index
  python3 - "$db" "$out/unmatched-kept.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[2])
sqlite3.connect(sys.argv[1]).backup(c)
c.execute('PRAGMA foreign_keys = ON')
for sql in ('DELETE FROM release_artifact', 'DELETE FROM ingestion_candidate',
            'DELETE FROM dat_atomic_link WHERE rom_id IS NOT NULL', 'DELETE FROM matching_watermark'):
    c.execute(sql)
c.commit(); c.execute('PRAGMA journal_mode = DELETE'); c.close()
PY
  ours_db="$out/unmatched-kept.db"
fi

# The pass's own run number (the watermark's log_id; one more for ours after --kept's extra pass) reads "pass".
pass_log='
import sys
lines = sys.stdin.read().split("\n")
header = [i for i, l in enumerate(lines) if l.startswith("## matching_watermark")]
run = lines[header[-1] + 1].split("|")[1] if header and header[-1] + 1 < len(lines) else None
columns = None
for i, line in enumerate(lines):
    if line.startswith("## "):
        names = line.split(": ", 1)[1].split(", ")
        columns = names.index("log_id") if "log_id" in names else None
    elif columns is not None and line:
        fields = line.split("|")
        if columns < len(fields) and fields[columns] == run:
            fields[columns] = "pass"
            lines[i] = "|".join(fields)
sys.stdout.write("\n".join(lines))
'

once() { # LABEL BINARY SOURCE: one timed run into $out/LABEL.times ("cpu wall rss_kb"), its rows dumped
  local label=$1 binary=$2 source=$3
  /usr/bin/time -f '%U %S %e %M' -o "$out/time" sh -c "cp '$source' '$db' && rm -f '$db-wal' '$db-shm' && exec '$binary' match --json" > "$out/$label.json"
  read -r user sys wall rss < "$out/time"
  echo "$(echo "$user + $sys" | bc -l) $wall $rss" >> "$out/$label.times"
  python3 "$here/dump_tables.py" "$db" dat_atomic_link ingestion_candidate release_artifact matching_watermark \
    | sed -E 's/0\.1\.0(\+[0-9a-f]*)?( src:[0-9a-f]{64} \.NET [0-9.]+)?//' | python3 -c "$pass_log" > "$out/$label.rows"
}

for _ in $(seq 1 "$runs"); do
  once ours "$bin" "$ours_db"
  once other "$vs" "$out/unmatched.db"
  /usr/bin/time -f '%U %S %e %M' -o "$out/time" cp "$out/unmatched.db" "$out/copy.db"
  read -r user sys wall rss < "$out/time"; echo "$(echo "$user + $sys" | bc -l) $wall $rss" >> "$out/cp.times"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { awk -v c="$2" '{print $c}' "$out/$1.times" | median; }
for label in ours other cp; do
  printf '| %s | CPU %s s | wall %s s | peak RSS %s MB |\n' "$label" "$(column $label 1)" "$(column $label 2)" \
    "$(column $label 3 | awk '{printf "%.1f", $1/1024}')"
done
if [ -n "$kept" ]; then
  read -r user sys wall rss < "$out/keeping.time"
  printf '| ours, the pass that kept the index (once, copy not included) | CPU %s s | wall %s s | peak RSS %s MB |\n' \
    "$(echo "$user + $sys" | bc -l)" "$wall" "$(echo "$rss" | awk '{printf "%.1f", $1/1024}')"
fi
ratio=$(paste -d' ' "$out/ours.times" "$out/other.times" | awk '{print $4 / $1}' | median)
echo "| paired CPU ratio other/ours (median of $runs) | ${ratio}x |"
if cmp -s "$out/ours.rows" "$out/other.rows"; then
  echo "rows: identical ($(wc -l < "$out/ours.rows") lines of links, suggestions, release links, watermark)"
else
  echo "rows: DIFFER (see $out/ours.rows and $out/other.rows)"; exit 1
fi
