#!/usr/bin/env bash
# Takes the README's kiosk screenshots from the real app: starts it full screen on a virtual
# 1280x800 X display with the demo camera and one exhibition card in its archive, walks the
# participant flow (the message typed partly on a physical keyboard, partly on the kiosk's
# own Arabic keyboard), opens staff mode, and saves one PNG per screen in docs/. Needs:
# xvfb xdotool imagemagick, CUPS with a default printer, and a release build
# (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs
work=$(mktemp -d)
export DISPLAY=:97
Xvfb $DISPLAY -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
trap 'kill $kiosk $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
booth=target/release/welcome-booth
$booth --config "$work/kiosk.toml" config init --pin 2468 >/dev/null
$booth --archive "$work/archive" archive add --message "You are welcome here. أهلاً وسهلاً" \
  --name Noor --consent print,archive,exhibition >/dev/null
$booth --config "$work/kiosk.toml" --archive "$work/archive" kiosk --camera demo &
kiosk=$!

shot() { sleep "${2:-1}"; import -window root "$out/kiosk-$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.15; }

shot attract 3
click 375 612; shot consent
click 240 308; click 356 374
click 779 597; shot camera 2
click 779 728; shot countdown 1.2
sleep 3
click 779 738; sleep 1
xdotool type --delay 20 "Welcome, neighbour. This city is your home too. "
shot message 1
# The language key, then "أهلا وسهلا" on the Arabic keys (Shift + alef gives alef with hamza).
click 245 740; sleep 0.5
for key in "70 645" "636 550" "771 455" "545 550" "636 550" "615 740" "812 645" "275 550" \
  "771 455" "545 550" "636 550"; do
  # shellcheck disable=SC2086
  click $key
done
click 290 362; xdotool type --delay 30 "Amal"
click 1180 740
shot message-arabic 1.5
click 1140 50; shot preview 3
click 830 728; shot goodbye 1
sleep 13
xdotool key F12; sleep 0.7; xdotool type 2468; xdotool key Return; sleep 3
click 255 531; sleep 1; xdotool mousemove 1200 60; shot staff 3
