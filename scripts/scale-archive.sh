#!/usr/bin/env bash
# Makes an archive of N cards for measuring: 20 real cards made with `welcome-booth
# archive add` (different messages, every other one with an approved Arabic translation),
# copied under new ids (files hard-linked, records their own) up to N and indexed with
# `archive check --repair`. Usage: scripts/scale-archive.sh N WORKDIR   (prints the
# archive's folder; the 20 seed cards are kept in WORKDIR/seed for the next size).
# Needs python3 and a release build (target/release/welcome-booth).
set -euo pipefail
n=$1
work=$2
bin=$(cd "$(dirname "$0")/.." && pwd)/target/release/welcome-booth
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
echo "$archive"
