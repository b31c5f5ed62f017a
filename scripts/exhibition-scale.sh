#!/usr/bin/env bash
# Builds the exhibition from archives of growing size and prints wall time, peak memory
# and file sizes for each, so that anyone can check that memory stays flat as the
# exhibition grows. Usage: scripts/exhibition-scale.sh [CARDS...]   (default 500 1000 2000)
#
# Each archive is made by scripts/scale-archive.sh (20 real cards copied under new ids up
# to the size wanted). Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(500 1000 2000)
cargo build --release --quiet
bin=$PWD/target/release/welcome-booth
work=${EXHIBITION_SCALE_DIR:-$(mktemp -d)}
for n in "${sizes[@]}"; do
  archive=$(scripts/scale-archive.sh "$n" "$work")
  out=$work/exhibition-$n
  rm -rf "$out"
  /usr/bin/time -v "$bin" exhibition build --archive "$archive" --out "$out" 2>"$work/time-$n.txt" >/dev/null
  wall=$(grep "Elapsed (wall" "$work/time-$n.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident" "$work/time-$n.txt" | awk '{print $NF}')
  cpu=$(grep "Percent of CPU" "$work/time-$n.txt" | awk '{print $NF}')
  printf '%5d cards: wall %s, CPU %s, peak RSS %d MB, exhibition.pdf %s, contact-sheet.pdf %s, images %s\n' \
    "$n" "$wall" "$cpu" $((rss / 1024)) \
    "$(du -h "$out/exhibition.pdf" | cut -f1)" "$(du -h "$out/contact-sheet.pdf" | cut -f1)" \
    "$(du -sh "$out/images" | cut -f1)"
done
