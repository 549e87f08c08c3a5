#!/usr/bin/env bash
# The demo behind `npm run demo` (which runs scripts/setup.sh first): turns examples/lecture.pptx
# into examples/lecture.mp4 with examples/lecture.srt and examples/lecture.vtt beside it, offline.
# Extra arguments go to `deck2video convert`, e.g. `npm run demo -- --layout side-by-side`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

deck=examples/lecture.pptx
main=dist/src/cli/main.js
out=examples/lecture.mp4
[ -f "$main" ] || { echo "demo: $main is missing: run 'npm run setup' (it builds the CLI)." >&2; exit 1; }
[ -f "$deck" ] || { echo "demo: $deck is missing: run 'npm run examples' to generate it." >&2; exit 1; }

started=$(date +%s)
echo "demo: deck2video convert $deck -o $out${*:+ $*}"
node "$main" convert "$deck" -o "$out" "$@"
echo
echo "demo: done in $(($(date +%s) - started)) s"
echo "  video:    $out$(command -v ffprobe >/dev/null 2>&1 && ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$out" 2>/dev/null | awk '{printf " (%d min %02d s)", $1 / 60, $1 % 60}')"
for captions in "${out%.mp4}.srt" "${out%.mp4}.vtt"; do [ -f "$captions" ] && echo "  captions: $captions"; done
echo "  play it:  ffplay $out   (or open it in any video player)"
