#!/usr/bin/env bash
# DAT import figures (issue #15, target 3), as markdown rows `| work | romcurator | reference | ratio |`: entries/s
# and peak RSS of a fresh import of the real DATs in ../shared/dats and of bench/load.sh's 300 MiB synthetic DAT,
# and the time of re-importing the unchanged 300 MiB DAT (a no-op). Each figure is the median of --runs runs of the
# whole process (wall seconds, CPU seconds = user + system, and peak RSS from /usr/bin/time), each import into a
# fresh data folder. The targets are absolute (reference "—"); with --vs OTHER_BINARY the same runs of an older
# build, alternating with ours run by run (ours, theirs, ours, theirs…), are the reference and the ratio is its
# wall and CPU time over ours (> 1: we are faster).
#
#   bench/pairs/dat.sh [--runs 3] [--vs path/to/older/romcurator] [--load-dat path/to/snes.dat]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
runs=3 vs="" load_dat=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --vs) vs=$2; shift 2 ;;
    --load-dat) load_dat=$2; shift 2 ;;
    *) echo "dat.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$repo/dist/romcurator" ] || "$repo/publish.sh" >&2
bin="$repo/dist/romcurator"
out="$here/out/pairs-dat"; rm -rf "$out"; mkdir -p "$out"
shared="$repo/../shared/dats"

if [ -z "$load_dat" ]; then
  # bench/load.sh's DAT generator, run alone (the library files it writes beside it are not needed here).
  load_dat="$here/out/loaddata/snes.dat"
  if [ ! -s "$load_dat" ]; then
    mkdir -p "$here/out/loaddata/lib"
    sed -n '/^python3 - "\$out" "\$files" "\$mib" <<.PY.$/,/^PY$/p' "$here/load.sh" > "$out/generate.sh"
    out="$here/out/loaddata" files=200000 mib=300 bash "$out/generate.sh" >&2
  fi
fi

once() { # BIN DAT HOME [keep] -> prints "wall_secs cpu_secs rss_kb entries status unchanged"
  local home=$3
  [ "${4:-}" = keep ] || { rm -rf "$home"; mkdir -p "$home"; }
  /usr/bin/time -f '%e %U %S %M' -o "$home.time" env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    "$1" dat import "$2" --json > "$home.json"
  python3 - "$home.time" "$home.json" <<'PY'
import json, sys
secs, user, system, rss = open(sys.argv[1]).read().split()[-4:]
r = json.load(open(sys.argv[2]))['imports'][0]
print(secs, round(float(user) + float(system), 2), rss, r['roms'] + r['disks'], r['status'], r.get('unchanged', False))
PY
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run() { # BIN DAT TAG [noop]: one run, its figures appended to $out/TAG.{wall,cpu,rss}; prints the entries
  local secs cpu rss entries status unchanged
  if [ "${4:-}" = noop ]; then
    once "$1" "$2" "$out/home" > /dev/null
    read -r secs cpu rss entries status unchanged < <(once "$1" "$2" "$out/home" keep)
    [ "$unchanged" = True ] || echo "dat.sh: the second import of $2 was not a no-op" >&2
  else
    read -r secs cpu rss entries status unchanged < <(once "$1" "$2" "$out/home")
  fi
  [ "$status" = completed ] || echo "dat.sh: $2 import $status" >&2
  echo "$secs" >> "$out/$3.wall"; echo "$cpu" >> "$out/$3.cpu"; echo "$rss" >> "$out/$3.rss"
  echo "$entries" > "$out/entries"
}

medians() { # TAG -> "wall cpu rss_mb"
  echo "$(median < "$out/$1.wall") $(median < "$out/$1.cpu") $(median < "$out/$1.rss" | awk '{printf "%.1f", $1/1024}')"
}

row() { # LABEL DAT [noop]
  rm -f "$out"/ours.* "$out"/theirs.*
  for _ in $(seq 1 "$runs"); do
    run "$bin" "$2" ours "${3:-}"
    [ -z "$vs" ] || run "$vs" "$2" theirs "${3:-}"
  done
  local secs cpu rss entries rate ours ref="—" ratio="—"
  read -r secs cpu rss < <(medians ours)
  entries=$(cat "$out/entries")
  rate=$(awk -v e="$entries" -v s="$secs" 'BEGIN {printf "%\047.0f", e / s}')
  if [ "${3:-}" = noop ]; then
    ours="$secs s (CPU $cpu s) per $(du -m "$2" | cut -f1) MiB, peak RSS $rss MB"
  else
    ours="$secs s (CPU $cpu s), $rate entries/s, peak RSS $rss MB"
  fi
  if [ -n "$vs" ]; then
    read -r vsecs vcpu vrss < <(medians theirs)
    ref="$vsecs s (CPU $vcpu s), peak RSS $vrss MB (older build)"
    ratio=$(awk -v a="$secs" -v b="$vsecs" -v c="$cpu" -v d="$vcpu" 'BEGIN {printf "%.2f× faster (CPU %.2f×)", b / a, d / c}')
  fi
  printf '| %s | %s | %s | %s |\n' "$1" "$ours" "$ref" "$ratio"
}

export LC_NUMERIC=en_US.UTF-8 2>/dev/null || true
row "DAT import: No-Intro NES, clrmamepro (14,132 entries)" "$shared/no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat"
row "DAT import: Redump Dreamcast, clrmamepro" "$shared/redump_clrmamepro_Sega - Dreamcast.dat"
row "DAT import: MAME 0.37b5, Logiqx (34,222 entries)" "$shared/mame2000_logiqx.xml.dat"
row "DAT import: bench/load.sh 300 MiB Logiqx (1,166,861 entries)" "$load_dat"
row "DAT re-import, unchanged 300 MiB DAT (no-op)" "$load_dat" noop
rm -rf "$out"
