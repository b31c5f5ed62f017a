#!/usr/bin/env bash
# Times `welcome-booth render` against pibooth 2.1.1's picture factory on the same camera
# photo, whole process each, and prints the medians side by side.
#
#   scripts/compare-pibooth.sh [PHOTO.jpg]     (default: a 12 MP test photo made here)
#
# pibooth goes into a Python virtual environment (pibooth with --no-deps, plus Pillow,
# pygame and psutil), kept in $PEER_DIR (default ~/.cache/welcome-booth/pibooth) for the
# next run. RUNS (default 7) sets the number of runs of each.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
peer=${PEER_DIR:-$HOME/.cache/welcome-booth/pibooth}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x "$peer/bin/python" ]; then
  echo "Installing pibooth 2.1.1 in $peer ..." >&2
  python3 -m venv "$peer"
  "$peer/bin/pip" install --quiet pillow pygame psutil
  "$peer/bin/pip" install --quiet --no-deps pibooth==2.1.1
fi
cargo build --release --quiet
booth=$PWD/target/release/welcome-booth

photo=${1:-$work/camera-12mp.jpg}
if [ $# -eq 0 ]; then
  # A 4000x3000 photo with detail everywhere (JPEG size close to a camera's at q92).
  "$peer/bin/python" - "$photo" <<'PY'
import sys
from PIL import Image, ImageFilter
w, h = 4000, 3000
noise = Image.effect_noise((w, h), 40).filter(ImageFilter.GaussianBlur(1))
gradient = Image.linear_gradient("L").resize((w, h))
Image.merge("RGB", (gradient, noise, gradient.transpose(Image.Transpose.FLIP_LEFT_RIGHT))).save(sys.argv[1], quality=92)
PY
fi

message="You are welcome here. This city is your home too."
cat > "$work/pibooth_card.py" <<'PY'
import sys
from PIL import Image
from pibooth.pictures.factory import PilPictureFactory
photo, message, out = sys.argv[1:4]
factory = PilPictureFactory(1200, 1800, Image.open(photo))  # a 4x6 card at 300 dpi
factory.add_text(message, "Amatic-Bold", (0, 0, 0), "center")
factory.save(out)
PY

# Median wall time (ms) over $runs runs of a command, and the peak memory (MB) of that run.
median() {
  for _ in $(seq "$runs"); do
    start=$EPOCHREALTIME
    peak=$(/usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -1)
    end=$EPOCHREALTIME
    echo "$(( (${end/./} - ${start/./}) / 1000 )) $(( peak / 1024 ))"
  done | sort -n | awk '{ t[NR] = $1; m[NR] = $2 } END { i = int((NR + 1) / 2); print t[i], m[i] }'
}

read -r ours ours_mb < <(median "$booth" render --photo "$photo" --message "$message" \
  --name Amal --translation "أهلاً بك هنا. هذه المدينة بيتك أيضاً." --event "Museum Night" \
  --date "29 November 2026" --out "$work/ours")
read -r theirs theirs_mb < <(median env PYGAME_HIDE_SUPPORT_PROMPT=1 \
  "$peer/bin/python" "$work/pibooth_card.py" "$photo" "$message" "$work/pibooth.jpg")

echo "photo: $(identify -format '%wx%h' "$photo" 2>/dev/null || true) $(du -h "$photo" | cut -f1), $runs runs each, median wall time"
printf 'welcome-booth render (PNG + print PDF, bilingual, shaped): %4d ms  %3d MB peak\n' "$ours" "$ours_mb"
printf 'pibooth 2.1.1 picture factory (JPEG, one caption):          %4d ms  %3d MB peak\n' "$theirs" "$theirs_mb"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "welcome-booth is %.1fx faster\n", b / a }'
