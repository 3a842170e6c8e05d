#!/usr/bin/env bash
# Full-screen interface timings (issue #15, target 5), as markdown rows `| work | romcurator | reference | ratio |`
# (absolute targets: reference "—"): the first frame (from starting the process in a tmux pane of 80×24 until the
# Overview pane's text is on screen) on an empty database and on the load database, and each pane switch (from the
# key press until the pane shows its content). The screen is polled every 5 ms with `tmux capture-pane`; each figure
# is the median of --runs runs (a pane switch: of every switch to that pane over the runs). The Organizer makes its
# plan in the background: its switch ends when the pane shows (its "Planning" line, or the plan), and a row of its own
# gives the time until the plan's counts show. The Review pane reads its page in the background too: a row of its own
# gives the time until the page's rows show.
#
#   bench/pairs/tui.sh [--runs 5] [--load-home DIR] [--binary FILE]
#   (DIR: a HOME whose database bench/pairs/match.sh built, used as is: pass a copy, the interface writes to it;
#    FILE: the binary to measure, dist/romcurator by default)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
runs=5 load_home="$here/out/loadhome" binary="$repo/dist/romcurator"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --load-home) load_home=$2; shift 2 ;;
    --binary) binary=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    *) echo "tui.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v tmux >/dev/null || { echo "tui.sh: needs tmux" >&2; exit 1; }
[ -x "$binary" ] || [ "$binary" != "$repo/dist/romcurator" ] || "$repo/publish.sh" >&2
[ -x "$binary" ] || { echo "tui.sh: no binary $binary" >&2; exit 1; }
out="$here/out/pairs-tui"; rm -rf "$out"; mkdir -p "$out/empty"

measure() { # LABEL HOME
  TMUX_TMPDIR="$out" python3 - "$binary" "$2" "$runs" "$1" <<'PY'
import os, statistics, subprocess, sys, time
binary, home, runs, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
env = dict(os.environ, HOME=home, XDG_DATA_HOME=f"{home}/data", XDG_CONFIG_HOME=f"{home}/config", TERM="xterm-256color")
# key, bar text once the pane is current, texts one of which its content shows once drawn (None: the bar is enough)
panes = [("2", "[2 Roots]", None), ("3", "[3 DATs]", None), ("4", "[4 Scan]", None), ("5", "[5 Review]", None),
         ("6", "[6 Organizer]", ["Planning", "to move"]), ("7", "[7 Logs]", None), ("8", "[8", None), ("9", "[9", None),
         ("0", "[0", None), ("F12", "[F12", None), ("1", "[1 Overview]", ["Library"])]
def tmux(*args):
    return subprocess.run(["tmux", *args], env=env, capture_output=True, text=True).stdout
def wait(texts, limit=60.0):
    # every text must show; a list among them: one of its texts
    start = time.monotonic()
    while time.monotonic() - start < limit:
        screen = tmux("capture-pane", "-p", "-t", "bench")
        if all((any(a in screen for a in t) if isinstance(t, list) else t in screen) for t in texts if t):
            return time.monotonic()
        time.sleep(0.005)
    tmux("kill-session", "-t", "bench")
    raise SystemExit(f"tui.sh: '{texts}' never showed")
first, switches, plan, review = [], {key: [] for key, _, _ in panes}, [], []
for _ in range(runs):
    start = time.monotonic()
    subprocess.run(["tmux", "new-session", "-d", "-s", "bench", "-x", "80", "-y", "24", binary], env=env, check=True)
    first.append(wait(["[1 Overview]", "Library"]) - start)
    time.sleep(0.3)
    for key, bar, content in panes:
        start = time.monotonic()
        tmux("send-keys", "-t", "bench", key)
        switches[key].append(wait([bar, content]) - start)
        if key == "6":
            plan.append(wait([bar, "to move"]) - start)
        if key == "5":
            review.append(wait([bar, ["open suggestions", "Suggestions 1-", "review queue is empty"]]) - start)
        time.sleep(0.2)
    tmux("kill-session", "-t", "bench")
    time.sleep(0.3)
ms = lambda values: f"{statistics.median(values) * 1000:.0f} ms"
print(f"| TUI first frame, {label} | {ms(first)} | — | — |")
worst = max(switches, key=lambda k: statistics.median(switches[k]))
print(f"| TUI pane switch, {label}: slowest pane (key {worst}) | {ms(switches[worst])} | — | — |")
print(f"| TUI pane switch, {label}: every pane | " + ", ".join(f"{k} {ms(v)}" for k, v in switches.items()) + " | — | — |")
print(f"| TUI Organizer plan counts shown, {label} | {ms(plan)} | — | — |")
print(f"| TUI Review page shown, {label} | {ms(review)} | — | — |")
PY
}

measure "empty database" "$out/empty"
if [ -d "$load_home" ]; then
  measure "load database (200k files, 1.17M DAT entries)" "$load_home"
else
  echo "| TUI, load database | not measured: run bench/pairs/match.sh first (it keeps $load_home) | — | — |"
fi
rm -rf "$out"
