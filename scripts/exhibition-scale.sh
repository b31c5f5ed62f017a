#!/usr/bin/env bash
# Builds the exhibition from archives of growing size and prints wall time, peak memory
# and file sizes for each, so that anyone can check that memory stays flat as the
# exhibition grows. Usage: scripts/exhibition-scale.sh [CARDS...]   (default 500 1000 2000)
#
# Each archive holds 20 real cards made with `welcome-booth archive add` (different
# messages, some with an Arabic translation), copied under new ids up to the size wanted
# and indexed with `archive check --repair`. Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(500 1000 2000)
cargo build --release --quiet
bin=$PWD/target/release/welcome-booth
work=${EXHIBITION_SCALE_DIR:-$(mktemp -d)}
seed=$work/seed
if [ ! -d "$seed/cards" ]; then
  messages=(
    "You are welcome here. This city is your home too."
    "We are glad you came. May you find friends and peace here."
    "Welcome! Our school has a seat for you and your children."
    "Whatever you carried here, you do not have to carry it alone."
    "This is your library, your park, your street. Welcome home."
  )
  for i in $(seq 0 19); do
    args=(archive add --archive "$seed" --consent print,exhibition,social
          --message "${messages[$((i % 5))]}" --name "Guest $i" --event "Museum Night")
    if [ $((i % 2)) -eq 0 ]; then args+=(--translation "أهلاً بك هنا. هذه المدينة بيتك أيضاً." --approved); fi
    "$bin" "${args[@]}" >/dev/null
  done
fi
for n in "${sizes[@]}"; do
  archive=$work/archive-$n
  if [ ! -d "$archive" ]; then
    cp -r "$seed" "$archive"
    python3 - "$archive" "$n" <<'PY'
import os, shutil, sys, uuid
root, want = sys.argv[1], int(sys.argv[2])
cards = os.path.join(root, "cards")
seeds = sorted(os.listdir(cards))
for i in range(len(seeds), want):
    src = seeds[i % len(seeds)]
    new = str(uuid.uuid4())
    dst = os.path.join(cards, new)
    shutil.copytree(os.path.join(cards, src), dst, copy_function=os.link)
    sidecar = os.path.join(dst, "card.json")
    text = open(sidecar).read().replace(src, new)
    os.unlink(sidecar)  # a hard link to the seed's sidecar: write a file of its own
    open(sidecar, "w").write(text)
PY
    "$bin" archive check --archive "$archive" --repair >/dev/null
  fi
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
