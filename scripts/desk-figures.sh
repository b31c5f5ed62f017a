#!/usr/bin/env bash
# Measures the curator desk on an archive of N cards (default 10000): cold start, the
# grid's pages and searches as the server answers them, thumbnails, and the live preview
# while an Arabic translation is typed. Usage: scripts/desk-figures.sh [N]
# The archive is made by scripts/scale-archive.sh in $DESK_FIGURES_DIR (default: a new
# temporary folder). Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
cargo build --release --quiet
bin=$PWD/target/release/welcome-booth
work=${DESK_FIGURES_DIR:-$(mktemp -d)}
archive=$(scripts/scale-archive.sh "$n" "$work")
echo "figures-pass-2026" | "$bin" --archive "$archive" desk add-user Figures --role curator >/dev/null

# Cold start: from starting the process to the desk listening.
start=$(date +%s%N)
exec 3< <("$bin" --archive "$archive" desk --listen 127.0.0.1:0)
read -r line <&3
ready=$(date +%s%N)
desk_pid=$(pgrep -n -f "welcome-booth --archive $archive desk")
trap 'kill $desk_pid 2>/dev/null || true' EXIT
url=$(echo "$line" | grep -o 'http://[0-9.:]*')
printf 'cards: %d\ncold start (process start to listening): %d ms\n' "$n" $(((ready - start) / 1000000))

jar=$work/cookies
rm -f "$jar"
token=$(curl -s -c "$jar" "$url/login" | grep -o 'name="csrf" value="[^"]*"' | cut -d'"' -f4)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode name=Figures \
  --data-urlencode password=figures-pass-2026 --data-urlencode "csrf=$token" "$url/login"

# Median of 9 answers, time to the first byte (the server's time, as seen on loopback).
median() {
  for _ in $(seq 9); do curl -s -b "$jar" -o /dev/null -w '%{time_starttransfer}\n' "$1"; done |
    sort -n | sed -n 5p | awk '{printf "%.1f ms", $1 * 1000}'
}
first=$(curl -s -b "$jar" "$url/cards" | grep -o 'data-card="[^"]*"' | head -1 | cut -d'"' -f2)
reference=$(curl -s -b "$jar" "$url/cards" | grep -o '<span class="ref">[^<]*' | head -1 | cut -d'>' -f2)
for path in "/cards" "/cards?page=200" "/cards?event=Museum+Night&translation=approved&consent=exhibition" \
            "/cards?q=welcome" "/cards?q=library+park" "/cards?q=$reference"; do
  printf 'grid %-70s %s\n' "$path" "$(median "$url$path")"
done
printf 'card page %s\n' "$(median "$url/cards/$first")"

# Thumbnails of the first page: made from card.png on first sight, then kept in memory.
thumbs=$(curl -s -b "$jar" "$url/cards" | grep -o '/cards/[^"]*/thumb.jpg')
for pass in "first sight" "again"; do
  s=$(date +%s%N)
  for t in $thumbs; do curl -s -b "$jar" -o /dev/null "$url$t"; done
  e=$(date +%s%N)
  printf 'thumbnails of page 1 (%d, one at a time), %s: %d ms\n' "$(echo "$thumbs" | wc -l)" "$pass" $(((e - s) / 1000000))
done

# The live preview while an Arabic translation is typed, word by word.
page=$(curl -s -b "$jar" "$url/cards/$first/translate")
csrf=$(echo "$page" | grep -o 'name="csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
typed=""
for word in أهلاً بك هنا. هذه المدينة بيتك أيضاً ومرحباً بعائلتك; do
  typed="$typed $word"
  ms=$(curl -s -b "$jar" -o /dev/null -D - --data-urlencode "csrf=$csrf" --data-urlencode "text=$typed" \
    "$url/cards/$first/preview" | tr -d '\r' | grep -i '^x-render-ms' | cut -d' ' -f2)
  printf 'preview after "%s": %s ms\n' "${typed# }" "$ms"
done
