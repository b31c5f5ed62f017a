#!/usr/bin/env bash
# Takes the README's kiosk screenshots from the real app: starts it full screen on a virtual
# 1280x800 X display with the demo camera, walks the participant flow with xdotool, opens
# staff mode, and saves one PNG per screen in docs/. Needs: xvfb xdotool imagemagick, CUPS
# with a default printer, and a release build (cargo build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs
work=$(mktemp -d)
export DISPLAY=:97
Xvfb $DISPLAY -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
trap 'kill $kiosk $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
target/release/welcome-booth --config "$work/kiosk.toml" config init --pin 2468 >/dev/null
target/release/welcome-booth --config "$work/kiosk.toml" --archive "$work/archive" kiosk --camera demo &
kiosk=$!

shot() { sleep "${2:-1}"; import -window root "$out/kiosk-$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; }

shot attract 3
click 640 489; shot consent
click 240 308; sleep 0.3; click 475 440; sleep 0.3
click 779 597; shot camera 2
click 779 728; shot countdown 1.2
sleep 3
click 779 738; sleep 1
xdotool type --delay 20 "Welcome, neighbour. This city is your home too. "
xdotool type --delay 80 "أهلا وسهلا"
sleep 0.5; click 640 462; xdotool type --delay 30 "Amal"
shot message 1.5
click 779 656; shot preview 3
click 830 728; shot goodbye 1
sleep 13
xdotool key F12; sleep 0.7; xdotool type 2468; xdotool key Return; sleep 3
click 255 531; sleep 1; xdotool mousemove 1200 60; shot staff 3
