#!/usr/bin/env bash
# `review --json` on the load database (100,000 open title suggestions), this build against another one, in paired
# alternating runs (issue #15, targets 5 and 6): each binary gets its own copy of the load home (a newer build may
# migrate it, which an older one then refuses), opened once untimed; then `review --json` runs ours, the other, ours,
# ... for the file order and `--sort confidence`. Prints, per order, the median CPU seconds (user + system) of each
# and the median of the paired CPU ratios (other / ours: > 1 means ours is faster); then checks with cmp that both
# wrote the same bytes, for every order (file, confidence, doubtful, game) and a filter; exit 1 if any differ.
#
#   bench/pairs/review-vs.sh --vs path/to/other/romcurator [--runs 5] [--home path/to/loadhome] [--bin path/to/ours]
#
# --home: a HOME holding the load database (bench/pairs/match.sh builds one in bench/out/loadhome); never written to.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
runs=5 vs="" home="$here/out/loadhome" bin="$repo/dist/romcurator"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --vs) vs=$2; shift 2 ;;
    --home) home=$2; shift 2 ;;
    --bin) bin=$2; shift 2 ;;
    *) echo "review-vs.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$vs" ] || { echo "review-vs.sh: --vs path/to/other/romcurator is required" >&2; exit 2; }
[ -x "$bin" ] || "$repo/publish.sh" >&2
[ -d "$home/data" ] || { echo "review-vs.sh: no load home $home (run bench/pairs/match.sh first)" >&2; exit 1; }
out="$here/out/pairs-review-vs"; rm -rf "$out"; mkdir -p "$out"
for side in ours other; do
  mkdir -p "$out/$side"
  cp -a "$home/data" "$out/$side/data"
  [ -d "$home/config" ] && cp -a "$home/config" "$out/$side/config"
done

run() { # SIDE BINARY OUTPUT ARGS...: prints "cpu_seconds"
  local side=$1 binary=$2 output=$3; shift 3
  local h="$out/$side"
  HOME="$h" XDG_DATA_HOME="$h/data" XDG_CONFIG_HOME="$h/config" /usr/bin/time -f "%U %S" -o "$out/time" \
    "$binary" review --json "$@" > "$output"
  awk '{ printf "%.3f\n", $1 + $2 }' "$out/time"
}

run ours "$bin" /dev/null --filter none-such > /dev/null
run other "$vs" /dev/null --filter none-such > /dev/null

for order in file confidence; do
  ours=() other=() ratios=()
  for _ in $(seq "$runs"); do
    a=$(run ours "$bin" /dev/null --sort "$order")
    b=$(run other "$vs" /dev/null --sort "$order")
    ours+=("$a") other+=("$b") ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')")
  done
  median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  echo "| review --json --sort $order, load database (CPU s, median of $runs) | $(median "${ours[@]}") | $(median "${other[@]}") | $(median "${ratios[@]}")× |"
done

status=0
for args in "--sort file" "--sort confidence" "--sort doubtful" "--sort game" "--filter 1000" "--latest"; do
  # shellcheck disable=SC2086
  run ours "$bin" "$out/ours.json" $args > /dev/null
  # shellcheck disable=SC2086
  run other "$vs" "$out/other.json" $args > /dev/null
  if cmp -s "$out/ours.json" "$out/other.json"; then
    echo "review --json $args: identical ($(wc -c < "$out/ours.json") bytes)"
  else
    echo "review --json $args: DIFFERENT" >&2
    status=1
  fi
done
exit $status
