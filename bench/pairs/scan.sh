#!/usr/bin/env bash
# Scan pairs (issue #15): RomCurator's cold scan (a fresh database and data folder, page cache warm) against
# `rhash --crc32 --md5 --sha1 -r` on the same files, run in turn, A B A B ..., ratio = rhash's time / RomCurator's
# (above 1: RomCurator is faster), median of the pairs; and the warm rescan of 200,000 unchanged files (absolute).
# Prints markdown rows | work | romcurator | reference | ratio |; progress and every run's figures go to stderr.
#
#   bench/pairs/scan.sh                   all pairs, with dist/romcurator
#   BIN=/path/to/romcurator RUNS=7 SCAN_ONLY="small warm" bench/pairs/scan.sh
#
# Sizes (environment): SCAN_SMALL_FILES (20000 files of 16–20 KiB), SCAN_LARGE_FILES × SCAN_LARGE_MIB (4 × 256),
# SCAN_MIXED_SMALL (5000: bench/run.sh's mixed library), SCAN_WARM_FILES (200000 tiny files). Data is generated
# once under bench/out/compare/scan/ (deterministic) and reused while its sizes stay the same.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
bin=${BIN:-$repo/dist/romcurator}
runs=${RUNS:-5}
only=${SCAN_ONLY:-small large mixed warm cold200k}
small=${SCAN_SMALL_FILES:-20000} large=${SCAN_LARGE_FILES:-4} large_mib=${SCAN_LARGE_MIB:-256}
mixed_small=${SCAN_MIXED_SMALL:-5000} warm=${SCAN_WARM_FILES:-200000}
for tool in rhash 7z zip python3; do
  command -v "$tool" >/dev/null || { echo "scan pairs: needs $tool" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "scan pairs: no binary at $bin (run ./publish.sh, or set BIN)" >&2; exit 1; }
out=$here/out/compare/scan
mkdir -p "$out"

# data NAME STAMP GENERATOR-ARGS... : generates $out/NAME unless it exists with the same STAMP.
data() {
  local name=$1 stamp=$2; shift 2
  if [ "$(cat "$out/$name.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "scan pairs: generating $name ($stamp) ..." >&2
    rm -rf "${out:?}/$name" "$out/$name.stamp"
    python3 "$here/generate.py" "$@"
    echo "$stamp" > "$out/$name.stamp"
  fi
}

env_of() { echo "env HOME=$1 XDG_DATA_HOME=$1/data XDG_CONFIG_HOME=$1/config"; }
fresh() { # HOME ROOT: shell text making a fresh database with one root
  echo "rm -rf '$1' && mkdir -p '$1' && $(env_of "$1") '$bin' roots add '$2' --name bench"
}
pair() { # LABEL ROOT [RUNS [WARMUP]]
  local label=$1 root=$2 n=${3:-$runs} warmup=${4:-1} home=$out/home
  python3 "$here/paired.py" --label "$label" --runs "$n" --warmup "$warmup" \
    --setup-a "$(fresh "$home" "$root")" --a "$(env_of "$home") '$bin' scan --json" \
    --b "rhash --crc32 --md5 --sha1 -r '$root'" --b-name rhash
}

for what in $only; do
  case $what in
    small)
      data small "$small" --uniform "$out/small" --uniform-files "$small"
      pair "cold scan, $small files of 16–20 KiB" "$out/small" ;;
    large)
      data large "$large x $large_mib" --large "$out/large" --large-files "$large" --large-mib "$large_mib"
      pair "cold scan, $large × $large_mib MiB" "$out/large" ;;
    mixed)
      data mixed "$mixed_small" --mixed "$out/mixed" --small-files "$mixed_small"
      pair "cold scan, mixed library ($mixed_small small files, zips, 7z, nested)" "$out/mixed" ;;
    warm)
      data tiny "$warm" --tiny "$out/tiny" --tiny-files "$warm"
      home=$out/home-warm
      bash -c "$(fresh "$home" "$out/tiny")" > /dev/null
      $(env_of "$home") "$bin" scan --json > /dev/null
      python3 "$here/paired.py" --label "warm rescan, $warm unchanged files" --runs "$runs" \
        --a "$(env_of "$home") '$bin' scan --json" --target "target < 2 s" ;;
    cold200k)
      data tiny "$warm" --tiny "$out/tiny" --tiny-files "$warm"
      pair "cold scan, $warm tiny files" "$out/tiny" "${SCAN_COLD200K_RUNS:-1}" 0 ;;
    *) echo "scan pairs: unknown pair '$what' (small large mixed warm cold200k)" >&2; exit 2 ;;
  esac
done
