#!/usr/bin/env bash
# End-to-end check of the full-screen interface of the published binary, driven in tmux at 80×24: the whole first-run
# job without any command-line verb. Add a root (typing part of its path, Tab completes it; the platform picked by
# typing part of its name), import the DATs from the DATs pane, scan (progress by bytes naming the large file being
# read; cancelled, then resumed to its summary), accept a suggestion, read one organizer line in full, apply the plan,
# undo it; then follow terminal resizes (120×40, and 60×20: the "at least 80×24" message), quit, and start again with a
# config file whose organizer template is bad (a message, no crash). Every step waits for text on the captured screen
# (up to two minutes, a hang guard); no step relies on how fast the machine is: the large file is a 128 GiB sparse file,
# which no machine hashes before the check has seen its progress, and the scan goes on only once it is cancelled.
#   usage: tests/e2e/tui.sh [BINARY] [SCREENS_DIR]
# BINARY defaults to dist/romcurator; with SCREENS_DIR the captured screens are written there as plain text.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
binary=$(realpath "${1:-$repo/dist/romcurator}")
screens=${2:-}
command -v tmux >/dev/null || { echo "e2e: tmux is required"; exit 1; }
[ -x "$binary" ] || { echo "e2e: $binary is not an executable (run ./publish.sh first)"; exit 1; }

work=$(mktemp -d /tmp/romcurator-e2e.XXXXXX)
session="romcurator-e2e-$$"
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" TMUX_TMPDIR="$work"
cleanup() { tmux kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

fail() {
  echo "e2e FAILED: $*"
  echo "---- last screen ----"
  tmux capture-pane -p -t "$session" 2>/dev/null || true
  exit 1
}

# A library: 400 Game Boy files a DAT knows by hash (so the organizer has moves), one file only a title of the DAT
# resembles (so the review queue has a suggestion), one file no DAT knows (the organizer skips it), and one large sparse
# file that keeps the scan reading until cancelled (then removed).
mkdir -p "$work/lib/incoming" "$work/dats"
python3 - "$work" <<'PY'
import hashlib, os, random, sys
work = sys.argv[1]
random.seed(7)
lines = ['clrmamepro ( name "Nintendo - Game Boy" )']
for i in range(400):
    data = random.randbytes(2048 + i)
    with open(f"{work}/lib/incoming/g{i}.gb", "wb") as f:
        f.write(data)
    lines.append(f'game ( name "Game {i} (USA)" rom ( name "Game {i} (USA).gb" size {len(data)} sha1 {hashlib.sha1(data).hexdigest()} ) )')
lines.append('game ( name "Zelda no Densetsu - Yume o Miru Shima (Japan)" rom ( name "z.gb" size 1 crc 00000003 ) )')
open(f"{work}/dats/gb.dat", "w").write("\n".join(lines) + "\n")
with open(f"{work}/lib/incoming/Zelda (Japan).gb", "wb") as f:
    f.write(random.randbytes(4096))
with open(f"{work}/lib/incoming/big.bin", "wb") as f:
    f.truncate(128 << 30)
with open(f"{work}/lib/incoming/bonus.bin", "wb") as f:
    f.write(random.randbytes(8192))
PY

screen() { tmux capture-pane -p -t "$session"; }
# Screens name the work folder with its random part masked (same length, so the columns stay aligned).
save() { [ -z "$screens" ] || { mkdir -p "$screens"; screen | sed -e "s|$work|/tmp/romcurator-e2e.XXXXXX|g" > "$screens/$1.txt"; }; }
keys() { tmux send-keys -t "$session" "$@"; sleep 0.4; }
# A hang guard, not a bound: a step fails only when its text never comes.
guard=${E2E_WAIT_SECONDS:-120}
wait_for() {  # wait_for TEXT: waits until TEXT is on the screen
  local deadline=$((SECONDS + guard))
  until screen | grep -qF -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "waited for '$1'"
    sleep 0.2
  done
}
wait_for_re() {  # wait_for_re REGEX: waits until a line matches REGEX
  local deadline=$((SECONDS + guard))
  until screen | grep -qE -- "$1"; do
    [ $SECONDS -lt $deadline ] || fail "waited for a line matching '$1'"
    sleep 0.2
  done
}
# What a step shows may be drawn a frame after the text waited for: expecting it waits for it too.
expect() { wait_for "$1"; }

tmux new-session -d -s "$session" -x 80 -y 24 "cd '$work' && '$binary'; echo EXITED \$?; sleep 30"
wait_for "[1 Overview]"
expect "2 Root"   # the pane bar names every pane with its key
expect "Database"
wait_for "Last scan"   # the summary is counted in the background; the pane draws at once with a placeholder
save overview

# Roots: add the library folder by typing part of it and completing it with Tab (the path is checked); a platform
# name nobody knows is refused with the reason and what was typed kept; then part of a name picks the platform.
keys Tab
wait_for "No library roots yet"
keys a; keys C-u; keys "$work/li" Tab
wait_for "$work/lib/"
keys Enter
wait_for "Platform (type part of a name"
keys "zzz console" Enter
wait_for "unknown platform 'zzz"
keys C-u "game boy"
wait_for "› Nintendo - Game Boy"
keys Enter
wait_for "added root 'lib'"
expect "Nintendo - Game Boy"
save roots

# DATs: import the folder of DATs from the DATs pane (pane 3, in first-run order).
keys 3
wait_for "[3 DATs]"
wait_for "No DATs imported"
keys i
wait_for "Import DATs from"
keys C-u "$work/dats" Enter
wait_for "Imported: 1 of 1 DAT"
wait_for "Nintendo - Game Boy"
save dats

# Scan: progress while it runs (by bytes; "Now:" names the large file being read, not the last file found). The
# sparse file keeps it reading until c cancels it; with that file gone, Enter resumes the run to its summary and the
# organize hint.
keys 4; keys Enter
wait_for "Now: incoming/big.bin (128 GiB)"
wait_for_re "^│Reading [0-9]+% of .* files"
save scan-progress
keys c
wait_for "Scan cancelled: the work done so far is kept; Enter resumes it."
rm "$work/lib/incoming/big.bin"
keys Enter
wait_for "resumed scan run"
wait_for "completed"
# The file removed while the run was cancelled is its one problem; the organize hint still follows.
expect "Scan finished with 1 problem. Press o for the organizer's plan."
expect "incoming/big.bin: cannot read"
expect "files"
save scan-summary

# Review: the title suggestion is there; a accepts it and the cursor moves on.
keys 5
wait_for "Zelda (Japan).gb"
expect "a Accept"
save review
keys a
wait_for "linked to"
keys Escape
expect "[5 Review]"   # Esc cancels and closes; it never quits

# Organizer: the dry-run plan as a diff grouped by platform; one line read in full (Enter), then closed (Esc).
keys 6
wait_for "to move (→)"
expect "▾ Nintendo - Game Boy"
expect "→ lib: incoming/g"
save organizer
[ -f "$work/lib/incoming/g0.gb" ] || fail "viewing the plan moved a file"
keys G; keys Enter
wait_for "Plan line (Esc closes)"
expect "→ Move: applying the plan (a) moves this file"
expect "From      $work/lib/incoming/g"
expect "To        $work/lib/Nintendo - Game Boy/USA/Game "
save organizer-line
keys Escape
wait_for "to move (→)"

# Apply the plan (after the question), then undo it (after its question): the files move and come back.
keys a
wait_for "files as planned"
keys y
wait_for "(apply) completed"
[ -f "$work/lib/Nintendo - Game Boy/USA/Game 0 (USA).gb" ] || fail "apply did not move Game 0"
[ ! -f "$work/lib/incoming/g0.gb" ] || fail "apply left incoming/g0.gb in place"
wait_for "in place (=)"   # the plan made again in the background after the apply
save organizer-applied
keys u
wait_for "back to where they were?"
keys y
wait_for "(undo) completed"
[ -f "$work/lib/incoming/g0.gb" ] || fail "undo did not bring incoming/g0.gb back"
[ ! -f "$work/lib/Nintendo - Game Boy/USA/Game 0 (USA).gb" ] || fail "undo left Game 0 at its destination"

# Help overlay, then a live resize: a wider screen gives its width to the key bar and the paths; below 80×24 one
# message replaces the panes.
keys "?"; wait_for "Everywhere"; save help; keys Escape
tmux resize-window -t "$session" -x 120 -y 40
wait_for "8 Validate 9 Extensions"   # the pane bar names every pane in full at 120 columns
wait_for "in place (=)"   # the undo's new plan, made in the background
screen | grep -qE "a Apply.*u Undo.*Enter Full.*q Quit" || fail "the key bar did not follow the wider screen"
save organizer-wide
keys 1; wait_for "[1 Overview]"; save overview-wide
keys 6
tmux resize-window -t "$session" -x 60 -y 20
wait_for "needs at least 80×24"
save too-small
tmux resize-window -t "$session" -x 80 -y 24
wait_for "[6 Organizer]"
expect "a Apply"

# Quit.
keys q
wait_for "EXITED 0"

# A config file with a bad organizer template: the interface opens anyway, says what is wrong, and quits cleanly.
mkdir -p "$XDG_CONFIG_HOME/romcurator"
printf '{ "organizer": { "template": "{platfrom}/{title}{ext}" } }\n' > "$XDG_CONFIG_HOME/romcurator/config.json"
tmux kill-session -t "$session" 2>/dev/null || true
tmux new-session -d -s "$session" -x 80 -y 24 "cd '$work' && '$binary'; echo EXITED \$?; sleep 30"
wait_for "[1 Overview]"
wait_for "Settings: organizer.template"
wait_for "Last scan"   # the finished counts, not the placeholder
save bad-config
keys F12
wait_for "[F12 Settings]"
expect "default used"
save settings-bad-config
keys 6
wait_for "[6 Organizer]"
keys q
wait_for "EXITED 0"
echo "e2e: the full-screen interface passed the first-run job without a verb (root, DATs, scan, review, plan line, apply, undo), resize, bad config"
