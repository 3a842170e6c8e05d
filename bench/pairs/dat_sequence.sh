#!/usr/bin/env bash
# Checks that two builds give byte-identical tables after the same SEQUENCE of imports into one data folder (so the
# update path of a DAT already stored is compared too, not only fresh imports): each build imports the DATs given,
# in order, into a fresh data folder of its own; then bench/dump_tables.py's dumps and every `dat import --json`
# output (durations removed) are compared with cmp. Prints one line per import and the verdict; exits 1 on any
# difference.
#
#   bench/pairs/dat_sequence.sh --vs OLDER_BINARY [--bin NEW] FIRST.dat SECOND.dat ...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
vs="" bin="$repo/dist/romcurator" dats=()
while [ $# -gt 0 ]; do
  case "$1" in
    --vs) vs=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    *) dats+=("$1"); shift ;;
  esac
done
[ -n "$vs" ] && [ ${#dats[@]} -gt 0 ] || { echo "dat_sequence.sh: --vs OLDER_BINARY and at least one DAT are required" >&2; exit 2; }
out="$here/out/pairs-dat-sequence"; rm -rf "$out"; mkdir -p "$out"
failed=0
sequence() { # BIN TAG
  local home="$out/$2" n=0
  mkdir -p "$home"
  for dat in "${dats[@]}"; do
    n=$((n + 1))
    env HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$1" dat import "$dat" --json 2>/dev/null \
      | python3 -c 'import json,re,sys; t=sys.stdin.read(); print(re.sub(r"\"(duration|elapsed|seconds)[a-z_]*\": *[0-9.]+", "", t))' \
      > "$out/$2.$n.json" || true
  done
  python3 "$here/dump_tables.py" "$(find "$home/data" -name 'romcurator.db' | head -1)" > "$out/$2.rows"
}
sequence "$bin" new
sequence "$vs" old
n=0
for dat in "${dats[@]}"; do
  n=$((n + 1))
  if cmp -s "$out/new.$n.json" "$out/old.$n.json"; then echo "identical --json: $n $(basename "$dat")"; else echo "DIFFERENT --json: $n $(basename "$dat")"; failed=1; fi
done
if cmp -s "$out/new.rows" "$out/old.rows"; then echo "identical tables: $(wc -l < "$out/new.rows") rows"; else echo "DIFFERENT tables"; failed=1; fi
exit $failed
