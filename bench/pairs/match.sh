#!/usr/bin/env bash
# Matching figures (issue #15, target 4), as markdown rows `| work | romcurator | reference | ratio |` (absolute
# targets: reference "—"): on bench/load.sh's library (200,000 files) and 300 MiB DAT (1,166,861 games), `match`
# with nothing new, and a whole matching pass (the cold scan's links, suggestions and matching watermark deleted first: 100,000 files
# by hash, 100,000 by title against the 1.17M titles). Wall seconds and peak RSS of the whole process from
# /usr/bin/time, medians of --runs runs. The second row drops matching's watermark before each run: a full pass
# that finds nothing new, what `match` did before the watermark. The load database is built once (DAT import, root, cold scan) and kept in
# bench/out/loadhome for bench/pairs/tui.sh; --rebuild builds it again.
#
#   bench/pairs/match.sh [--runs 3] [--rebuild]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
runs=3 rebuild=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --rebuild) rebuild=1; shift ;;
    *) echo "match.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$repo/dist/romcurator" ] || "$repo/publish.sh" >&2
bin="$repo/dist/romcurator"
data="$here/out/loaddata" home="$here/out/loadhome" out="$here/out/pairs-match"
rm -rf "$out"; mkdir -p "$out"
if [ ! -s "$data/snes.dat" ]; then
  # bench/load.sh's generator, run alone: the library and the DAT.
  mkdir -p "$data/lib"
  sed -n '/^python3 - "\$out" "\$files" "\$mib" <<.PY.$/,/^PY$/p' "$here/load.sh" > "$out/generate.sh"
  out="$data" files=200000 mib=300 bash "$out/generate.sh" >&2
fi
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
if [ "$rebuild" = 1 ] || [ ! -d "$home/data" ]; then
  rm -rf "$home"; mkdir -p "$home"
  "$bin" dat import "$data/snes.dat" > /dev/null
  "$bin" roots add "$data/lib" --platform snes > /dev/null
  "$bin" scan --json > "$out/cold-scan.json"
fi
db=$(find "$home/data" -name '*.db' | head -1)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # LABEL PREPARE COMMAND...: median wall and peak RSS of COMMAND over the runs, PREPARE run before each
  local label=$1 prepare=$2; shift 2
  : > "$out/t"; : > "$out/m"
  for _ in $(seq 1 "$runs"); do
    eval "$prepare"
    /usr/bin/time -f '%e %M' -o "$out/time" "$@" > "$out/last.json"
    read -r secs rss < "$out/time"; echo "$secs" >> "$out/t"; echo "$rss" >> "$out/m"
  done
  printf '| %s | %s s, peak RSS %s MB | — | — |\n' "$label" "$(median < "$out/t")" "$(median < "$out/m" | awk '{printf "%.1f", $1/1024}')"
}

timed "match, nothing new (200k files, 1.17M DAT entries)" ":" "$bin" match --json
forget="python3 -c \"import sqlite3; c = sqlite3.connect('$db'); c.execute('DELETE FROM matching_watermark'); c.commit()\""
timed "match, nothing new, watermark dropped first (a full pass, as before the watermark)" "$forget" "$bin" match --json
cp "$db" "$out/scanned.db"
unmatch="python3 -c \"import sqlite3; c = sqlite3.connect('$db'); c.execute('PRAGMA foreign_keys = ON'); \
c.execute('DELETE FROM release_artifact'); c.execute('DELETE FROM ingestion_candidate'); \
c.execute('DELETE FROM dat_atomic_link WHERE rom_id IS NOT NULL'); \
c.execute('DELETE FROM matching_watermark') if c.execute(\\\"SELECT 1 FROM sqlite_master WHERE name = 'matching_watermark'\\\").fetchone() else None; \
c.commit()\""
timed "match, every file pending (100k by hash, 100k by title against 1.17M titles)" "$unmatch" "$bin" match --json
python3 - "$out/last.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"<!-- last full pass: {s} -->")
PY
cp "$out/scanned.db" "$db"; rm -f "$db-wal" "$db-shm"
rm -rf "$out"
