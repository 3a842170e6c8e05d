#!/usr/bin/env bash
# DAT import benchmark: imports the real No-Intro NES DAT (14,132 entries) and a generated MAME -listxml style
# Logiqx DAT of about --mib MiB (machines with many ROMs plus the chip/display/input elements a real listxml has),
# with the published binary, and prints entries/s and peak RSS (bounded memory: the DAT is streamed).
#
#   bench/dat_import.sh [--mib 250] [--keep]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
mib=250 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --mib) mib=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "dat_import: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -x "$repo/dist/romcurator" ] || "$repo/publish.sh"
command -v /usr/bin/time >/dev/null || { echo "dat_import: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
out="$here/out/dat"; rm -rf "$out"; mkdir -p "$out"
shared="$repo/../shared/dats"

python3 - "$out/mame-synthetic.xml" "$mib" <<'PY'
import sys, random
path, mib = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261124)
target = mib * 1024 * 1024
with open(path, 'w') as f:
    f.write('<?xml version="1.0"?>\n<!DOCTYPE mame [\n<!ELEMENT mame (machine+)>\n]>\n<mame build="0.999 (synthetic)">\n')
    n = 0
    while f.tell() < target:
        name = f"m{n:07d}"
        clone = f' cloneof="m{n-1:07d}" romof="m{n-1:07d}"' if n % 3 == 2 else ''
        f.write(f'\t<machine name="{name}" sourcefile="synthetic.cpp"{clone}>\n\t\t<description>Synthetic Machine {n} (set {n % 7})</description>\n\t\t<year>199{n % 10}</year>\n\t\t<manufacturer>Bench</manufacturer>\n')
        for r in range(rng.randrange(4, 20)):
            f.write(f'\t\t<rom name="{name}_{r}.bin" size="{rng.randrange(1024, 1 << 20)}" crc="{rng.getrandbits(32):08x}" sha1="{rng.getrandbits(160):040x}" region="maincpu" offset="{r * 4096:x}"/>\n')
        f.write('\t\t<chip type="cpu" tag="maincpu" name="Z80" clock="4000000"/>\n\t\t<display type="raster" rotate="0" width="256" height="224" refresh="60"/>\n')
        f.write('\t\t<input players="2" coins="2"><control type="joy" ways="8"/></input>\n\t\t<dipswitch name="Lives" tag="DSW" mask="3"><dipvalue name="3" value="3" default="yes"/></dipswitch>\n\t</machine>\n')
        n += 1
    f.write('</mame>\n')
PY

run() { # LABEL FILE
  local home="$out/home-$1"
  rm -rf "$home"; mkdir -p "$home"
  /usr/bin/time -f '%e %M' -o "$out/$1.time" env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    "$repo/dist/romcurator" dat import "$2" --json > "$out/$1.json"
  read -r secs rss < "$out/$1.time"
  python3 - "$1" "$2" "$out/$1.json" "$secs" "$rss" <<'PY'
import json, os, sys
label, dat, report, secs, rss = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
r = json.load(open(report))['imports'][0]
entries = r['roms'] + r['disks']
print(f"{label:<12} {os.path.getsize(dat)/1e6:8.1f} MB {r['games']:>9,} games {entries:>10,} entries {secs:7.2f} s "
      f"{entries/secs:>9,.0f} entries/s {secs/entries*10000:5.2f} s per 10k  peak RSS {rss/1024:6.1f} MB  ({r['status']})")
PY
}

echo "dat_import: $("$repo/dist/romcurator" --version)"
run nes "$shared/no-intro_clrmamepro_Nintendo - Nintendo Entertainment System.dat"
run mame2000 "$shared/mame2000_logiqx.xml.dat"
run synthetic "$out/mame-synthetic.xml"
[ "$keep" -eq 1 ] || rm -rf "$out"
