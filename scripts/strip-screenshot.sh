#!/usr/bin/env bash
# Takes the README's picture of the photographer's strip at a staffed booth from the real
# app: the kiosk full screen on a virtual X display (1920x1080) with mode = "staffed" and a
# hot folder; after Start and the consent screen, three shots of the test portrait are
# written into the folder as a tethered camera would, and the screen is saved at half size
# as docs/kiosk-strip-landscape.png.
# Needs: xvfb xdotool imagemagick (bash scripts/setup-debian.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
booth=$PWD/target/release/welcome-booth
work=$(mktemp -d)
export DISPLAY=:96
Xvfb $DISPLAY -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'pkill -f "welcome-booth --config $work" 2>/dev/null; kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
$booth --config "$work/kiosk.toml" config init >/dev/null
mkdir -p "$work/camera"
sed -i "s|^mode = .*|mode = \"staffed\"|; s|^camera = .*|camera = \"folder:$work/camera\"|" \
  "$work/kiosk.toml"
$booth --config "$work/kiosk.toml" --archive "$work/archive" kiosk >>"$work/kiosk.log" 2>&1 &
sleep 6
xdotool key Return; sleep 1                       # Start
xdotool mousemove 1099 1026 click 1; sleep 1      # Next (where the kiosk's tests find it)
# Three shots, each a little different, as a photographer's are.
portrait=tests/data/astronaut-eileen-collins.jpg
convert "$portrait" -resize 300% -quality 92 "$work/camera/IMG_0001.JPG"; sleep 0.8
convert "$portrait" -resize 300% -gravity center -crop 88%x88%+0+0 +repage -modulate 108 \
  -quality 92 "$work/camera/IMG_0002.JPG"; sleep 0.8
convert "$portrait" -resize 300% -rotate 3 -gravity center -crop 85%x85%+0+0 +repage \
  -quality 92 "$work/camera/IMG_0003.JPG"
printf 'RAW' >"$work/camera/IMG_0003.CR2"   # RAW beside a JPEG: passed over
sleep 2
import -window root png:- | convert - -resize 50% -dither FloydSteinberg -colors 256 \
  PNG8:docs/kiosk-strip-landscape.png
echo docs/kiosk-strip-landscape.png
