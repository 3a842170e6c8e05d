#!/usr/bin/env bash
# Reproducible scan benchmark for RomCurator.
#
#   bench/run.sh [--small-files N] [--large-files N] [--large-mib N] [--warm-files N] [--keep]
#
# Generates a synthetic library under bench/out/ (deterministic content: seeded), then times with the published
# binary (dist/romcurator; built by ./publish.sh if missing):
#   1. cold scan of the mixed library (small files, large files, zips, 7z's, nested archives)
#   2. warm rescan of the same library (nothing changed: metadata only)
#   3. the single-pass reference: rhash --crc32 --md5 --sha1 -r over the same files
#   4. cold scan of the large files alone vs rhash on them (throughput ratio)
#   5. warm rescan of a library of --warm-files tiny files (default 100000)
# and prints files/s, MB/s, peak RSS and the ratio to rhash. Page cache: the large-file runs drop caches first
# when run as root (echo 3 > /proc/sys/vm/drop_caches), otherwise they measure cached reads for both tools alike.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
small=5000 large=4 large_mib=512 warm=100000 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --small-files) small=$2; shift 2 ;;
    --large-files) large=$2; shift 2 ;;
    --large-mib) large_mib=$2; shift 2 ;;
    --warm-files) warm=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "bench: unknown argument $1" >&2; exit 2 ;;
  esac
done

for tool in rhash 7z zip python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: needs $tool (apt-get install rhash p7zip-full zip python3 time)" >&2; exit 1; }
done
[ -x "$repo/dist/romcurator" ] || "$repo/publish.sh"
bin="$repo/dist/romcurator"

out="$here/out"
rm -rf "$out"; mkdir -p "$out"
mixed="$out/mixed" bigonly="$out/large" tiny="$out/tiny"
echo "bench: generating data in $out ..."
python3 "$here/generate.py" --mixed "$mixed" --large "$bigonly" --tiny "$tiny" \
  --small-files "$small" --large-files "$large" --large-mib "$large_mib" --tiny-files "$warm"

drop_caches() { sync; if [ "$(id -u)" -eq 0 ]; then echo 3 > /proc/sys/vm/drop_caches 2>/dev/null || true; fi; }

# run LABEL HOME CMD... : prints "LABEL seconds peak_rss_kib"
measure() {
  local label=$1; shift
  local stats="$out/$label.time"
  /usr/bin/time -f '%e %M' -o "$stats" "$@" > "$out/$label.out" 2> "$out/$label.err" || { cat "$out/$label.err" >&2; exit 1; }
  read -r secs rss < "$stats"
  echo "$label $secs $rss"
}

scan_home() { # HOME ROOT : fresh database, one root
  local home=$1 root=$2
  rm -rf "$home"; mkdir -p "$home"
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" roots add "$root" --name bench > /dev/null
}
romcurator() { local home=$1; shift; HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" "$@"; }
export -f romcurator 2>/dev/null || true

bytes_of() { du -sb "$1" | cut -f1; }
files_of() { find "$1" -type f | wc -l; }

results=()
report() { # LABEL FILES BYTES SECS RSS
  local label=$1 files=$2 bytes=$3 secs=$4 rss=$5
  local line
  line=$(python3 -c "import sys; f,b,s,r=map(float,sys.argv[1:5]); s=max(s,0.001); print(f'%-28s %9d files %9.1f MB %7.2f s %10.0f files/s %8.1f MB/s  peak RSS %6.1f MB' % ('$label', f, b/1e6, s, f/s, b/1e6/s, r/1024))" "$files" "$bytes" "$secs" "$rss")
  echo "$line"; results+=("$line")
}

echo "bench: romcurator $("$bin" --version), rhash $(rhash --version | head -1), $(nproc) cores"
mixed_files=$(files_of "$mixed"); mixed_bytes=$(bytes_of "$mixed")
big_files=$(files_of "$bigonly"); big_bytes=$(bytes_of "$bigonly")
tiny_files=$(files_of "$tiny"); tiny_bytes=$(bytes_of "$tiny")

home="$out/home-mixed"; scan_home "$home" "$mixed"; drop_caches
read -r _ s r < <(measure cold-mixed env HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" scan --json)
report "cold scan (mixed)" "$mixed_files" "$mixed_bytes" "$s" "$r"
read -r _ s r < <(measure warm-mixed env HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" scan --json)
report "warm rescan (mixed)" "$mixed_files" "$mixed_bytes" "$s" "$r"
drop_caches
read -r _ s r < <(measure rhash-mixed rhash --crc32 --md5 --sha1 -r "$mixed")
report "rhash (mixed)" "$mixed_files" "$mixed_bytes" "$s" "$r"

home="$out/home-large"; scan_home "$home" "$bigonly"; drop_caches
read -r _ s_rc r < <(measure cold-large env HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" scan --json)
report "cold scan (large files)" "$big_files" "$big_bytes" "$s_rc" "$r"
drop_caches
read -r _ s_rh r < <(measure rhash-large rhash --crc32 --md5 --sha1 -r "$bigonly")
report "rhash (large files)" "$big_files" "$big_bytes" "$s_rh" "$r"
ratio=$(python3 -c "print(f'{float(\"$s_rh\")/max(float(\"$s_rc\"),0.001):.2f}')")
echo "large-file throughput: romcurator = ${ratio}x rhash"

home="$out/home-tiny"; scan_home "$home" "$tiny"
read -r _ s r < <(measure cold-tiny env HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" scan --json)
report "cold scan (tiny files)" "$tiny_files" "$tiny_bytes" "$s" "$r"
read -r _ s r < <(measure warm-tiny env HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config "$bin" scan --json)
report "warm rescan (tiny files)" "$tiny_files" "$tiny_bytes" "$s" "$r"

echo
echo "bench: summary"
printf '%s\n' "${results[@]}"
echo "large-file throughput ratio to rhash: ${ratio}x"
[ "$keep" -eq 1 ] || rm -rf "$out"
