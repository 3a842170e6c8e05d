#!/usr/bin/env bash
# Disc images (issue #14): hashing a CHD, paired against the single-threaded reference method.
#
#   bench/pairs/chd.sh [--runs N]          build the fixtures once, then print | work | romcurator | reference | ratio |
#   bench/pairs/chd.sh scan-once ROOT      one timed unit of work A: a fresh database, `roots add ROOT`, `scan`
#   bench/pairs/chd.sh reference-once CHD  one timed unit of work B: extract to a RAM disk, then hash the output
#
# Fixtures (under bench/out/chd/, deterministic, built once; chdman from Debian's mame-tools makes the CHDs):
#   cd/   a Redump-style set (bench/disc_gen.py): Track 1 MODE1/2352 of 100,000 sectors with real ECC, four AUDIO
#         tracks of 2 min with INDEX 00 pregaps -> chdman createcd (default codecs cdlz, cdzl, cdfl): 334 MB of frames;
#   dvd/  a 256 MiB ISO -> chdman createraw (hunks of 4096 bytes, units of 2048, default codecs) + a "DVD " tag.
# A = romcurator scan: every member of the CHD (the cue and each track, or the .iso) hashed with CRC32, MD5 and
#     SHA-1, the CHD's data SHA-1 checked against its header, results in SQLite.
# B = chdman extractcd (extractraw for the DVD) to /dev/shm, then rhash --crc32 --md5 --sha1 of the output.
# Runs alternate A B A B; each pair gives reference seconds / romcurator seconds (above 1: romcurator is faster);
# the table shows medians. Peak memory of A: /usr/bin/time -f %M on one extra run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bench=$(cd "$here/.." && pwd)
repo=$(cd "$bench/.." && pwd)
bin=${ROMCURATOR:-$repo/dist/romcurator}
out="$bench/out/chd"
shm=/dev/shm/romcurator-bench-chd

scan_once() { # ROOT
  local home
  home=$(mktemp -d "$out/home.XXXXXX")
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" roots add "$1" --name bench > /dev/null
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" scan > /dev/null
  rm -rf "$home"
}

reference_once() { # CHD
  rm -rf "$shm"; mkdir -p "$shm"
  if chdman info -i "$1" | grep -q "Tag='DVD '"; then
    chdman extractraw -f -i "$1" -o "$shm/image.iso" > /dev/null 2>&1
  else
    chdman extractcd -f -i "$1" -o "$shm/image.cue" > /dev/null 2>&1
  fi
  rhash --crc32 --md5 --sha1 "$shm"/* > /dev/null
  rm -rf "$shm"
}

case "${1:-}" in
  scan-once) scan_once "$2"; exit ;;
  reference-once) reference_once "$2"; exit ;;
esac

runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) echo "chd.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
for tool in chdman rhash python3; do
  command -v "$tool" > /dev/null || { echo "chd.sh: needs $tool (apt-get install mame-tools rhash python3)" >&2; exit 1; }
done
[ -x "$bin" ] || "$repo/publish.sh"

mkdir -p "$out"
if [ ! -f "$out/cd/Bench Disc (USA).chd" ]; then
  rm -rf "$out/cd" "$out/cd-source"
  python3 "$bench/disc_gen.py" cd "$out/cd-source" "Bench Disc (USA)"
  mkdir -p "$out/cd"
  chdman createcd -i "$out/cd-source/Bench Disc (USA).cue" -o "$out/cd/Bench Disc (USA).tmp.chd" > /dev/null 2>&1
  mv "$out/cd/Bench Disc (USA).tmp.chd" "$out/cd/Bench Disc (USA).chd"
  rm -rf "$out/cd-source"
fi
if [ ! -f "$out/dvd/Bench DVD (USA).chd" ]; then
  rm -rf "$out/dvd" "$out/dvd-source"; mkdir -p "$out/dvd" "$out/dvd-source"
  python3 "$bench/disc_gen.py" iso "$out/dvd-source/image.iso"
  # chdman 0.251 has no createdvd and cannot add metadata to a compressed CHD: tag an uncompressed one, then compress.
  chdman createraw -i "$out/dvd-source/image.iso" -o "$out/dvd-source/raw.chd" -hs 4096 -us 2048 -c none > /dev/null 2>&1
  chdman addmeta -i "$out/dvd-source/raw.chd" -t 'DVD ' -vt '' > /dev/null
  chdman copy -i "$out/dvd-source/raw.chd" -o "$out/dvd/Bench DVD (USA).tmp.chd" > /dev/null 2>&1
  mv "$out/dvd/Bench DVD (USA).tmp.chd" "$out/dvd/Bench DVD (USA).chd"
  rm -rf "$out/dvd-source"
fi

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

pair() { # LABEL ROOT CHD
  local a=() b=() r=() i t0 t1 t2
  for ((i = 0; i < runs; i++)); do
    t0=$(now); scan_once "$2"; t1=$(now); reference_once "$3"; t2=$(now)
    a+=("$(echo "$t1 - $t0" | bc -l)"); b+=("$(echo "$t2 - $t1" | bc -l)")
    r+=("$(echo "($t2 - $t1) / ($t1 - $t0)" | bc -l)")
  done
  local peak
  peak=$( { /usr/bin/time -f %M "$0" scan-once "$2"; } 2>&1 | tail -1)
  printf '| %s | %.2f s (peak %.0f MB) | %.2f s | %.2f× |\n' "$1" \
    "$(printf '%s\n' "${a[@]}" | median)" "$(echo "$peak / 1024" | bc -l)" \
    "$(printf '%s\n' "${b[@]}" | median)" "$(printf '%s\n' "${r[@]}" | median)"
}

echo "| work | romcurator | reference | ratio |"
echo "|---|---:|---:|---:|"
pair "CD CHD, 334 MB of frames (cdlz/cdzl/cdfl): all tracks + cue hashed" "$out/cd" "$out/cd/Bench Disc (USA).chd"
pair "DVD CHD, 256 MiB ISO (lzma/zlib/huff/flac): the .iso hashed" "$out/dvd" "$out/dvd/Bench DVD (USA).chd"
