#!/usr/bin/env bash
# The demo behind `npm run demo` (which runs scripts/setup.sh first): turns examples/lecture.pptx
# into a narrated video with the most complete command this build of the CLI offers:
#   convert -> examples/lecture.mp4 (+ .srt, .vtt)   else   render -> examples/out/slide-NNN.png
#   else inspect -> examples/out/lecture.json
# Extra arguments go to that command, e.g. `npm run demo -- --tts openai`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

deck=examples/lecture.pptx
main=dist/src/cli/main.js
[ -f "$main" ] || { echo "demo: $main is missing: run 'npm run setup' (it builds the CLI)." >&2; exit 1; }
[ -f "$deck" ] || { echo "demo: $deck is missing: run 'npm run examples' to generate it." >&2; exit 1; }

# Commander lists each command as "  name [options] <args>  description" under "Commands:".
help=$(node "$main" --help 2>&1 || true)
has_command() { printf '%s\n' "$help" | grep -qE "^  $1( |$)"; }

started=$(date +%s)
extra="${*:+ $*}" # the extra arguments, for the messages below
if has_command convert; then
  out=examples/lecture.mp4
  echo "demo: deck2video convert $deck -o $out$extra"
  node "$main" convert "$deck" -o "$out" "$@"
  echo
  echo "demo: done in $(($(date +%s) - started)) s"
  echo "  video:    $out$(command -v ffprobe >/dev/null 2>&1 && ffprobe -v error -show_entries format=duration -of default=nw=1:nk=1 "$out" 2>/dev/null | awk '{printf " (%d min %02d s)", $1 / 60, $1 % 60}')"
  for captions in "${out%.mp4}.srt" "${out%.mp4}.vtt"; do [ -f "$captions" ] && echo "  captions: $captions"; done
  echo "  play it:  ffplay $out   (or open it in any video player)"
elif has_command render; then
  out=examples/out
  echo "demo: deck2video render $deck --out $out$extra   (this build has no 'convert' yet)"
  node "$main" render "$deck" --out "$out" "$@"
  echo
  echo "demo: done in $(($(date +%s) - started)) s"
  echo "  slides: $out/slide-001.png ... ($(find "$out" -maxdepth 1 -name 'slide-*.png' | wc -l | tr -d ' ') images)"
else
  out=examples/out/lecture.json
  mkdir -p "$(dirname "$out")"
  echo "demo: deck2video inspect $deck$extra   (this build has no 'render' or 'convert' yet)"
  node "$main" inspect "$deck" "$@"
  node "$main" inspect "$deck" --json "$@" >"$out"
  echo
  echo "demo: done in $(($(date +%s) - started)) s"
  echo "  outline: $out"
fi
