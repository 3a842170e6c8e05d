#!/usr/bin/env bash
# DAT import CPU, paired: this build against an older one, alternately (new, old, new, old…), each import into a
# fresh data folder, on the No-Intro NES clrmamepro DAT and the MAME 0.37b5 Logiqx DAT of ../shared/dats and on
# bench/load.sh's 300 MiB Logiqx DAT. CPU = user + system seconds of the whole process (/usr/bin/time), so a loaded
# machine changes wall time but hardly the ratio. Prints one markdown row per DAT: medians of new and old CPU,
# entries per CPU second, peak RSS, and the median of the pair-by-pair ratios new/old (< 1: the new build is faster).
#
#   bench/pairs/dat_parse.sh --vs OLDER_BINARY [--runs 5] [--big-runs 2] [--load-dat path/to/snes.dat] [--bin NEW]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
runs=5 big_runs=2 vs="" load_dat="" bin="$repo/dist/romcurator"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --big-runs) big_runs=$2; shift 2 ;;
    --vs) vs=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    --load-dat) load_dat=$2; shift 2 ;;
    *) echo "dat_parse.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$vs" ] || { echo "dat_parse.sh: --vs OLDER_BINARY is required" >&2; exit 2; }
[ -x "$bin" ] || { echo "dat_parse.sh: no $bin (run ./publish.sh)" >&2; exit 2; }
shared="$repo/../shared/dats"
load_dat=${load_dat:-$here/out/loaddata/snes.dat}
out="$here/out/pairs-dat-parse"; rm -rf "$out"; mkdir -p "$out"

once() { # BIN DAT -> "cpu_seconds rss_kb entries"
  local home="$out/home"
  rm -rf "$home"; mkdir -p "$home"
  /usr/bin/time -f '%U %S %M' -o "$out/time" env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    "$1" dat import "$2" --json > "$out/json"
  python3 - "$out/time" "$out/json" <<'PY'
import json, sys
user, system, rss = open(sys.argv[1]).read().split()[-3:]
r = json.load(open(sys.argv[2]))['imports'][0]
assert r['status'] == 'completed', r['status']
print(f"{float(user) + float(system):.2f}", rss, r['roms'] + r['disks'])
PY
}

pairs() { # LABEL DAT RUNS
  local log="$out/pairs.txt"; : > "$log"
  for _ in $(seq 1 "$3"); do
    read -r ncpu nrss entries < <(once "$bin" "$2")
    read -r ocpu orss _ < <(once "$vs" "$2")
    echo "$ncpu $nrss $ocpu $orss $entries" >> "$log"
  done
  python3 - "$1" "$log" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[2]) if l.strip()]
med = lambda i: statistics.median(r[i] for r in rows)
entries = rows[0][4]
ratio = statistics.median(r[0] / r[2] for r in rows)
print(f"| {sys.argv[1]}, {int(entries):,} entries ({len(rows)} pairs) | {med(0):.2f} s / {entries / med(0) / 1000:.1f}k / {med(1) / 1024:.1f} MB"
      f" | {med(2):.2f} s / {entries / med(2) / 1000:.1f}k / {med(3) / 1024:.1f} MB | {ratio:.2f} |")
PY
}

echo "| fresh import | new: CPU / entries per CPU s / peak RSS | old: CPU / entries per CPU s / peak RSS | CPU new/old (median of pairs) |"
echo "|---|---:|---:|---:|"
pairs "No-Intro NES clrmamepro" "$shared/no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat" "$runs"
pairs "MAME 0.37b5 Logiqx" "$shared/mame2000_logiqx.xml.dat" "$runs"
if [ -s "$load_dat" ] && [ "$big_runs" -gt 0 ]; then
  pairs "bench/load.sh 300 MiB Logiqx" "$load_dat" "$big_runs"
fi
