#!/usr/bin/env bash
# Checks that two builds import DATs to byte-identical tables: each DAT of ../shared/dats (and any DAT given) is
# imported by both builds, each into a fresh data folder, and bench/dump_tables.py's dumps and the `dat import
# --json` outputs (durations removed) are compared with cmp. Prints one line per DAT; exits 1 on any difference.
#
#   bench/pairs/dat_identical.sh --vs OLDER_BINARY [--bin NEW] [MORE.dat ...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
vs="" bin="$repo/dist/romcurator" extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --vs) vs=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
[ -n "$vs" ] || { echo "dat_identical.sh: --vs OLDER_BINARY is required" >&2; exit 2; }
out="$here/out/pairs-dat-identical"; rm -rf "$out"; mkdir -p "$out"
failed=0
import() { # BIN DAT NAME
  local home="$out/$3"
  rm -rf "$home"; mkdir -p "$home"
  env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$1" dat import "$2" --json \
    | python3 -c 'import json,re,sys; t=sys.stdin.read(); print(re.sub(r"\"(duration|elapsed|seconds)[a-z_]*\": *[0-9.]+", "", t))' > "$home.json" || true
  python3 "$here/dump_tables.py" "$(find "$home/data" -name '*.db' | head -1)" > "$home.rows"
}
for dat in "$repo/../shared/dats/"* "${extra[@]}"; do
  import "$bin" "$dat" new
  import "$vs" "$dat" old
  if cmp -s "$out/new.rows" "$out/old.rows" && cmp -s "$out/new.json" "$out/old.json"; then
    echo "identical: $(basename "$dat") ($(wc -l < "$out/new.rows") rows)"
  else
    echo "DIFFERENT: $(basename "$dat")"; failed=1
  fi
done
exit $failed
