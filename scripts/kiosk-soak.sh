#!/usr/bin/env bash
# A day at the booth in the real window: the release kiosk full screen on a virtual
# 1080x1920 portrait display (Mesa draws it in software), the demo camera and a cups-pdf
# queue, and PARTICIPANTS (default 50) people going through it one after another, driven
# by xdotool as fingers would. Prints the kiosk's resident memory after participants 1, 10
# and every tenth, the share of a core the kiosk uses while it idles on the start screen
# and on the staff screen, and that of its screen's thread while it speaks the start
# screen. Usage: scripts/kiosk-soak.sh [PARTICIPANTS]
#
# Needs: xvfb xdotool, CUPS with cups-pdf (bash scripts/setup-debian.sh), a release build;
# for the speech figure a sound output: on a machine without one, PulseAudio
# (apt-get install pulseaudio libasound2-plugins) is started with a null sink, which takes
# the sound at the pace speakers would.
set -euo pipefail
cd "$(dirname "$0")/.."
participants=${1:-50}
cargo build --release --quiet
bin=$PWD/target/release/welcome-booth
work=$(mktemp -d)
queue=kiosk-soak
lpadmin -p "$queue" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
export DISPLAY=:93
Xvfb $DISPLAY -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
kiosk=
trap 'kill $kiosk $xvfb 2>/dev/null; lpadmin -x $queue; rm -rf "$work"' EXIT
sleep 1
if ! pactl info >/dev/null 2>&1 && command -v pulseaudio >/dev/null; then
  pulseaudio -D --exit-idle-time=-1 --load="module-null-sink sink_name=soak" 2>/dev/null || true
fi
$bin --config "$work/kiosk.toml" config init --pin 2468 >/dev/null
for setting in "printer = \"$queue\"" "countdown_seconds = 1" "staff_idle_seconds = 3600"; do
  key=${setting%% =*}
  sed -i "s|^$key = .*|$setting|" "$work/kiosk.toml"
done
$bin --config "$work/kiosk.toml" --archive "$work/archive" kiosk --camera demo \
  >"$work/kiosk.log" 2>&1 &
kiosk=$!
sleep 5

# Where the participant's buttons are on a 1080x1920 screen (the step forward bottom right,
# Make my card top right).
tap() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.6}"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$kiosk/status"; }
# Share of one core used over SECONDS by the kiosk (or by the thread STAT names), from
# its CPU ticks.
cpu_percent() {
  local stat=${2:-/proc/$kiosk/stat} hz=100 before after
  ticks() { awk '{print $14 + $15}' "$stat"; }
  before=$(ticks); sleep "$1"; after=$(ticks)
  awk -v a="$before" -v b="$after" -v s="$1" -v hz=$hz 'BEGIN {printf "%.1f", (b - a) / hz / s * 100}'
}

echo "idle on the start screen: $(cpu_percent 30)% of a core; resident $(rss_mb) MB"
tap 539 220 0.2                           # Listen, beside the title
# The screen's thread is the process's first; the start screen takes about 9 s to say.
echo "the screen's thread while the start screen is spoken: $(cpu_percent 6 "/proc/$kiosk/task/$kiosk/stat")% of a core ($(pgrep -c aplay || true) aplay playing at the end)"
sleep 4
for i in $(seq 1 "$participants"); do
  xdotool key Return; sleep 0.8           # Start
  tap 679 1860 2.5                        # consent: Next; the camera starts
  tap 679 1846 3                          # Take my photo, countdown
  tap 679 1846                            # Keep this photo
  xdotool type --delay 15 "Welcome, neighbour number $i. This city is your home too."
  sleep 1.5
  tap 923 110 4                           # Make my card
  tap 744 1846 3                          # Print my card
  tap 540 1846 1.5                        # Done
  if [ "$i" -eq 1 ] || [ $((i % 10)) -eq 0 ]; then echo "after participant $i: resident $(rss_mb) MB"; fi
done
cards=$($bin --archive "$work/archive" archive list --json | grep -c '"id"' || true)
echo "cards in the archive: $cards of $participants"
sleep 3
echo "idle on the start screen after the day: $(cpu_percent 30)% of a core"
xdotool key F12; sleep 1; xdotool type 2468; xdotool key Return; sleep 4
echo "idle on the staff screen: $(cpu_percent 30)% of a core; resident $(rss_mb) MB"
