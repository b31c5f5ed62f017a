#!/usr/bin/env bash
# Takes the README's kiosk screenshots from the real app: starts it full screen on a virtual
# X display, portrait (1080x1920) then landscape (1920x1080), with the demo camera, a
# cups-pdf queue and one exhibition card in its archive; walks a participant through in
# English, one in Arabic (mirrored, typed on the Arabic keys) and one in Ukrainian, opens
# staff mode, and saves each screen at half size in docs/kiosk-<screen>-<orientation>.png.
# Needs: xvfb xdotool imagemagick, CUPS with cups-pdf (bash scripts/setup-debian.sh).
# The taps are where the kiosk's own tests find each control on these two screens.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
booth=$PWD/target/release/welcome-booth
out=docs
queue=kiosk-screenshots
lpadmin -p "$queue" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
trap 'pkill -f "welcome-booth --config $work" 2>/dev/null; kill $xvfb 2>/dev/null; lpadmin -x $queue; rm -rf "$work"' EXIT
work=$(mktemp -d)
xvfb=

# A screen at half size in 256 colours (a tenth of the bytes, no difference seen at that size).
save() { import -window root png:- | convert - -resize 50% -dither FloydSteinberg -colors 256 "PNG8:$1"; }
shot() { sleep "${2:-1}"; save "$out/kiosk-$1-$orientation.png"; }
tap() { read -r x y <<<"$1"; xdotool mousemove "$x" "$y" click 1; sleep 0.3; }
keys() { for k in "$@"; do tap "$k"; done; }

# Control centres, portrait (p_) and landscape (l_).
p_ar="328 1554" p_uk="117 1702"
p_en_exhibition="540 434" p_en_next="679 1866" p_en_take="679 1846" p_en_make="924 101"
p_en_print="744 1846" p_done="540 1846" p_ar_next="401 1846" p_ar_make="146 58"
p_ar_alef="536 1648" p_ar_heh="648 1544" p_ar_lam="461 1648" p_ar_waw="682 1752"
p_ar_seen="237 1648" p_ar_shift="66 1752" p_space="519 1856" p_ar_keep="398 1846"
p_uk_next="679 1846" p_uk_keep="778 1846" p_uk_make="883 101"
p_uk_l="686 1648" p_uk_a="386 1648" p_uk_s="307 1752" p_uk_k="349 1544" p_uk_v="311 1648"
p_uk_o="611 1648" p_uk_p="461 1648" p_uk_r="536 1648" p_uk_y="457 1752" p_uk_m="382 1752"
p_uk_shift="66 1752" p_larger="330 1420" p_contrast="531 1420"
l_ar="296 862" l_uk="106 936"
l_en_exhibition="960 434" l_en_next="1099 1026" l_en_take="1099 1006" l_en_make="1764 58"
l_en_print="1164 1006" l_done="960 1006" l_ar_next="821 1006" l_ar_make="146 58"
l_ar_alef="956 809" l_ar_heh="1148 705" l_ar_lam="828 809" l_ar_waw="1208 913"
l_ar_seen="444 809" l_ar_shift="154 913" l_space="926 1017" l_ar_keep="818 1006"
l_uk_next="1099 1006" l_uk_keep="1198 1006"
l_uk_l="1212 809" l_uk_a="700 809" l_uk_s="568 913" l_uk_k="636 705" l_uk_v="572 809"
l_uk_o="1084 809" l_uk_p="828 809" l_uk_r="956 809" l_uk_y="824 913" l_uk_m="696 913"
l_uk_shift="154 913"
at() { local name="${orientation:0:1}_$1"; echo "${!name}"; }
start_kiosk() {
  $booth --config "$work/kiosk.toml" --archive "$work/archive" kiosk --camera demo \
    >>"$work/kiosk.log" 2>&1 &
}
# Tab n times, then Return: the keyboard's way to a control, as a switch user goes.
tab_press() { for _ in $(seq 1 "$1"); do xdotool key Tab; sleep 0.15; done; xdotool key Return; }

for orientation in portrait landscape; do
  size=1080x1920
  [ "$orientation" = landscape ] && size=1920x1080
  export DISPLAY=:97
  Xvfb $DISPLAY -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  rm -rf "$work"/*
  $booth --config "$work/kiosk.toml" config init --pin 2468 >/dev/null
  sed -i "s|^printer = .*|printer = \"$queue\"|" "$work/kiosk.toml"
  # Speech written to files (no sound card here), so the Listen buttons show.
  mkdir -p "$work/speech"
  sed -i "s|^speech_folder = .*|speech_folder = \"$work/speech\"|" "$work/kiosk.toml"
  $booth --archive "$work/archive" archive add --message "You are welcome here. أهلاً وسهلاً" \
    --name Noor --consent print,archive,exhibition >/dev/null
  start_kiosk
  shot attract 6

  # English.
  xdotool key Return; shot consent
  tap "$(at en_exhibition)"; tap "$(at en_next)"; shot camera 2.5
  tap "$(at en_take)"; shot countdown 1.3
  sleep 3; tap "$(at en_take)"; sleep 1
  xdotool type --delay 20 "Welcome, neighbour. This city is your home too. "
  shot message 1.5
  tap "$(at en_make)"; shot preview 3
  tap "$(at en_print)"; shot goodbye 2
  tap "$(at done)"; sleep 1

  # Arabic: "أهلا وسهلا" on the Arabic keys (Shift + alef gives alef with hamza).
  tap "$(at ar)"; sleep 0.5; xdotool key Return; sleep 0.8
  tap "$(at ar_next)"; sleep 2.5; tap "$(at ar_next)"; sleep 4; tap "$(at ar_keep)"; sleep 1
  keys "$(at ar_shift)" "$(at ar_alef)" "$(at ar_heh)" "$(at ar_lam)" "$(at ar_alef)" \
    "$(at space)" "$(at ar_waw)" "$(at ar_seen)" "$(at ar_heh)" "$(at ar_lam)" "$(at ar_alef)"
  shot message-arabic 1.5
  tap "$(at ar_make)"; shot preview-arabic 3
  tap "$(at ar_next)"; sleep 2; tap "$(at done)"; sleep 1

  # Ukrainian: "Ласкаво просимо" on the Ukrainian keys.
  tap "$(at uk)"; sleep 0.5; xdotool key Return; sleep 0.8
  tap "$(at uk_next)"; sleep 2.5; tap "$(at uk_next)"; sleep 4; tap "$(at uk_keep)"; sleep 1
  keys "$(at uk_shift)" "$(at uk_l)" "$(at uk_a)" "$(at uk_s)" "$(at uk_k)" "$(at uk_a)" \
    "$(at uk_v)" "$(at uk_o)" "$(at space)" "$(at uk_p)" "$(at uk_r)" "$(at uk_o)" \
    "$(at uk_s)" "$(at uk_y)" "$(at uk_m)" "$(at uk_o)"
  shot message-ukrainian 1.5

  # Staff mode (its Return presses nothing: the PIN pad has it).
  xdotool key F12; sleep 0.7; xdotool type 2468; xdotool key Return
  xdotool mousemove 5 5; shot staff 4
  if [ "$orientation" = portrait ]; then
    # The printer stops: staff read why in red across the top.
    cupsdisable -r "Out of paper" "$queue"
    sleep 5; save "$out/kiosk-printer-out-of-paper.png"
    cupsenable "$queue"
  fi

  pkill -f "welcome-booth --config $work" || true
  sleep 1

  if [ "$orientation" = portrait ]; then
    # Larger text and high contrast, chosen on the start screen; then by keyboard alone.
    start_kiosk; sleep 6
    tap "$(at larger)"; tap "$(at contrast)"; shot start-large-contrast 1
    xdotool key Return; shot consent-large-contrast 1
    tab_press 2; sleep 2.5                  # Next
    tab_press 2; sleep 4.5                  # Take my photo, countdown
    tab_press 2; sleep 1                    # Keep this photo
    xdotool type --delay 20 "Welcome, neighbour."
    shot message-large-contrast 1.5
    pkill -f "welcome-booth --config $work" || true
    sleep 1
  fi
  kill $xvfb 2>/dev/null || true; sleep 1
done
