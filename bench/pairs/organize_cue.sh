#!/usr/bin/env bash
# The organizer's plan over a library of loose cue sets (CueSheets: the files each cue names and how they are placed).
#
#   bench/pairs/organize_cue.sh [--runs N] [--sets N]   build the fixture once, then print the paired CPU times and ratio
#
# Fixture (under bench/out/organize_cue/, deterministic, built once, scanned by the baseline binary): N cue sets (5,000
# by default), each a folder incoming/gNNNNN/ with a .cue and two small .bin tracks, every file in a clrmamepro DAT,
# plus a flat folder flat/ holding 500 more sets side by side. A = this tree's binary, B = the baseline
# (ROMCURATOR_BASE, default /work/bench-shared/romcurator-main): `organize --dry-run --json` on a copy of the home.
# Runs alternate A B A B; each pair gives B's CPU seconds (user+sys) / A's; the script prints the medians and checks
# that both plans are byte-identical (cmp, plan_id aside).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=$(cd "$here/.." && pwd)
repo=$(cd "$bench/.." && pwd)
new=${ROMCURATOR:-$repo/dist/romcurator}
base=${ROMCURATOR_BASE:-/work/bench-shared/romcurator-main}
runs=5 sets=5000
while [ $# -gt 0 ]; do case $1 in --runs) runs=$2; shift 2;; --sets) sets=$2; shift 2;; *) echo "usage: $0 [--runs N] [--sets N]" >&2; exit 2;; esac; done
out="$bench/out/organize_cue/$sets"
home="$out/home"

if [ ! -f "$out/ready" ]; then
  rm -rf "$out"; mkdir -p "$home/lib" "$home/config/romcurator"
  python3 - "$home" "$sets" <<'PY'
import hashlib, os, sys, zlib
home, sets = sys.argv[1], int(sys.argv[2])
dat = ['clrmamepro (\n\tname "Sony - PlayStation"\n\tversion "1"\n)\n']
def disc(folder, game, n):
    os.makedirs(folder, exist_ok=True)
    sheet, roms = "", []
    for t in (1, 2):
        name = f"{game} (Track {t}).bin"
        data = hashlib.sha256(f"{n}/{t}".encode()).digest() * (8 + t)
        open(os.path.join(folder, name), "wb").write(data)
        roms.append((name, data))
        sheet += f'FILE "{name}" BINARY\r\n  TRACK {t:02} {"MODE1/2352" if t == 1 else "AUDIO"}\r\n    INDEX 01 00:00:00\r\n'
    cue = sheet.encode()
    open(os.path.join(folder, game + ".cue"), "wb").write(cue)
    roms.append((game + ".cue", cue))
    dat.append(f'game (\n\tname "{game}"\n\tdescription "{game}"\n' + "".join(
        f'\trom ( name "{r}" size {len(d)} crc {zlib.crc32(d):08x} sha1 {hashlib.sha1(d).hexdigest()} )\n' for r, d in roms) + ")\n")
for n in range(sets):
    disc(f"{home}/lib/incoming/g{n:05}", f"Game {n:05} (USA)", n)
for n in range(sets, sets + 500):
    disc(f"{home}/lib/flat", f"Game {n:05} (USA)", n)
open(f"{home}/psx.dat", "w").write("".join(dat))
PY
  echo '{ "organizer": { "preset": "es-de" } }' > "$home/config/romcurator/config.json"
  env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$base" dat import "$home/psx.dat" > /dev/null
  env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$base" roots add "$home/lib" > /dev/null
  env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$base" scan > /dev/null
  touch "$out/ready"
fi

plan_once() { # BINARY OUTPUT -> CPU seconds
  local copy
  copy=$(mktemp -d "$out/run.XXXXXX")
  cp -a "$home/data" "$home/config" "$copy/"

  /usr/bin/time -f "%U %S" -o "$copy/time" env HOME="$home" XDG_DATA_HOME="$copy/data" XDG_CONFIG_HOME="$copy/config" "$1" organize --dry-run --json \
    | sed 's/,"plan_id":[0-9]*//' > "$2"
  awk '{print $1+$2}' "$copy/time"
  rm -rf "$copy"
}

ratios=() news=() bases=()
for i in $(seq "$runs"); do
  a=$(plan_once "$new" "$out/new.json"); b=$(plan_once "$base" "$out/base.json")
  news+=("$a"); bases+=("$b"); ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", (a > 0 ? b / a : 0)}')")
done
cmp "$out/new.json" "$out/base.json" && echo "plans byte-identical ($(wc -c < "$out/new.json") bytes)"
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print v[int((NR+1)/2)]}'; }
echo "| sets | this tree (CPU s) | baseline (CPU s) | ratio baseline/this |"
echo "| $sets | $(median "${news[@]}") | $(median "${bases[@]}") | $(median "${ratios[@]}") |"
