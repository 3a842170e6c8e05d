#!/usr/bin/env bash
# Every benchmark pair of bench/pairs/*.sh, in name order, as one markdown table: | work | romcurator | reference | ratio |.
# Each pair runs RomCurator and its reference in turn (A B A B ..., after a warm-up each) and takes the ratio
# pair by pair (reference time / RomCurator time: above 1 means RomCurator is faster); the median is printed.
# Rows with no reference are absolute targets (their last column says which). Every run's figures go to stderr.
#
#   bench/compare.sh                     with dist/romcurator (./publish.sh builds it)
#   BIN=/tmp/other/romcurator RUNS=7 bench/compare.sh
#
# Each bench/pairs/*.sh can be run alone and takes its own settings from the environment (see its header).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
echo "$("${BIN:-$here/../dist/romcurator}" --version 2>/dev/null || echo '?'), $(rhash --version | head -1), $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| work | romcurator | reference | ratio |"
echo "|---|---|---|---|"
status=0
for pairs in "$here"/pairs/*.sh; do
  bash "$pairs" || { echo "compare: $(basename "$pairs") failed" >&2; status=1; }
done
exit $status
