#!/usr/bin/env bash
# Installs what deck2video needs and is missing, then installs npm packages and builds.
#   - Chromium (renders slides), ffmpeg (encodes video), espeak-ng (offline narration),
#     metric-compatible fonts (Carlito = Calibri, Caladea = Cambria, Liberation = Arial/Times/Courier,
#     Liberation Sans Narrow = Arial Narrow, Noto, Noto CJK).
#   - On Debian/Ubuntu it installs missing packages with apt-get (sudo when not root). Elsewhere it prints
#     the install command for your system and carries on if the tools are found anyway.
#   - `npm ci` only when node_modules does not match package-lock.json; `npm run build` when sources changed.
# Safe to run again: a second run installs and rebuilds nothing unless something changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

started=$(date +%s)
ok() { printf '  \xe2\x9c\x94 %s\n' "$*"; }
say() { printf '  %s\n' "$*"; }
warn() { printf '  ! %s\n' "$*" >&2; }
die() {
  printf 'setup: %s\n' "$*" >&2
  exit 1
}

echo "deck2video setup"

# --- Node -----------------------------------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "Node.js 20 or newer is required and was not found: install it from https://nodejs.org (or: nvm install 20)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer is required (found $(node -v)): install it from https://nodejs.org (or: nvm install 20)."
ok "node $(node -v)"

# --- System tools and fonts -----------------------------------------------------------------------
APT_PACKAGES=(chromium ffmpeg espeak-ng fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2 fonts-liberation fonts-noto-core fonts-noto-cjk)

find_chrome() {
  local candidate
  for candidate in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser "$(command -v chromium 2>/dev/null || true)" \
    "$(command -v chromium-browser 2>/dev/null || true)" "$(command -v google-chrome 2>/dev/null || true)" \
    "$(command -v google-chrome-stable 2>/dev/null || true)" \
    "/Applications/Chromium.app/Contents/MacOS/Chromium" "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  return 1
}

# Font family that proves each font package is present (used where dpkg is not available).
font_family() {
  case "$1" in
    fonts-crosextra-carlito) echo "Carlito" ;;
    fonts-crosextra-caladea) echo "Caladea" ;;
    fonts-liberation2) echo "Liberation Sans" ;;
    fonts-liberation) echo "Liberation Sans Narrow" ;;
    fonts-noto-core) echo "Noto Sans" ;;
    fonts-noto-cjk) echo "Noto Sans CJK" ;;
  esac
}

dpkg_installed() {
  command -v dpkg-query >/dev/null 2>&1 && [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

# True when the thing a package provides is present, however it was installed.
present() {
  case "$1" in
    chromium) find_chrome >/dev/null ;;
    ffmpeg | espeak-ng) command -v "$1" >/dev/null 2>&1 ;;
    fonts-*)
      dpkg_installed "$1" && return 0
      # fc-list is read once into a variable: `fc-list | grep -q` fails under pipefail when grep exits early.
      if [ -z "${FONT_FAMILIES+set}" ]; then FONT_FAMILIES=$(fc-list : family 2>/dev/null || true); fi
      grep -qiF "$(font_family "$1")" <<<"$FONT_FAMILIES"
      ;;
  esac
}

missing=()
for pkg in "${APT_PACKAGES[@]}"; do present "$pkg" || missing+=("$pkg"); done

if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 ||
        die "need root to install ${missing[*]}: run as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
      # Never wait for a password prompt nobody can answer (CI, no terminal).
      if [ -t 0 ]; then sudo_cmd=(sudo); else sudo_cmd=(sudo -n); fi
    fi
    log="${TMPDIR:-/tmp}/deck2video-setup-apt.log"
    say "installing: ${missing[*]} (apt-get; log: $log)"
    run_apt() { ${sudo_cmd[@]+"${sudo_cmd[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get "$@" >>"$log" 2>&1; }
    : >"$log"
    if ! run_apt update -q || ! run_apt install -y -q --no-install-recommends "${missing[@]}"; then
      tail -n 15 "$log" >&2 || true
      die "apt-get could not install ${missing[*]} (see $log). On Ubuntu, Chromium is a snap: install it with 'snap install chromium' or set CHROME_PATH to a Chrome/Chromium binary."
    fi
    unset FONT_FAMILIES
  else
    if [ "$(uname -s)" = "Darwin" ]; then
      how="brew install ffmpeg espeak-ng && brew install --cask chromium font-carlito font-caladea font-liberation font-noto-sans font-noto-serif font-noto-sans-cjk"
    elif command -v dnf >/dev/null 2>&1; then
      how="sudo dnf install -y chromium ffmpeg-free espeak-ng google-carlito-fonts google-crosextra-caladea-fonts liberation-fonts liberation-narrow-fonts google-noto-sans-fonts google-noto-serif-fonts google-noto-sans-cjk-fonts"
    elif command -v pacman >/dev/null 2>&1; then
      how="sudo pacman -S --needed chromium ffmpeg espeak-ng ttf-carlito ttf-caladea ttf-liberation noto-fonts noto-fonts-cjk"
    else
      how="install Chromium (or Chrome), ffmpeg, espeak-ng and the Carlito, Caladea, Liberation, Noto and Noto CJK fonts with your package manager"
    fi
    tools_missing=()
    for pkg in "${missing[@]}"; do case "$pkg" in fonts-*) ;; *) tools_missing+=("$pkg") ;; esac; done
    if [ "${#tools_missing[@]}" -gt 0 ]; then
      die "missing ${tools_missing[*]} and no apt-get here. Install with: $how   (a Chrome/Chromium elsewhere can be named with CHROME_PATH)"
    fi
    warn "fonts not found: ${missing[*]} (slides will fall back to other fonts). Install with: $how"
  fi
fi

if chrome=$(find_chrome); then
  ok "chromium $("$chrome" --version 2>/dev/null | grep -oE '[0-9]+(\.[0-9]+)+' | head -n 1) found ($chrome)"
else
  die "Chromium is still missing after installing: set CHROME_PATH to a Chrome/Chromium binary."
fi
command -v ffmpeg >/dev/null 2>&1 || die "ffmpeg is still missing after installing."
ok "ffmpeg $(ffmpeg -version 2>/dev/null | head -n 1 | awk '{print $3}') found"
command -v espeak-ng >/dev/null 2>&1 || die "espeak-ng is still missing after installing."
ok "espeak-ng $(espeak-ng --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -n 1) found"
fonts_found=()
fonts_missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  case "$pkg" in fonts-*) if present "$pkg"; then fonts_found+=("$(font_family "$pkg")"); else fonts_missing+=("$pkg"); fi ;; esac
done
if [ "${#fonts_found[@]}" -gt 0 ]; then ok "fonts: $(IFS=,; echo "${fonts_found[*]}" | sed 's/,/, /g')"; fi
# After apt-get, name the fonts that are still missing (without apt-get they were reported above).
if [ "${#fonts_missing[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then warn "fonts still missing: ${fonts_missing[*]}"; fi

# --- npm packages ---------------------------------------------------------------------------------
# The stamp records which package-lock.json (and Node major) node_modules was installed from, so a
# second run skips `npm ci`. Without a stamp, npm's own record of the installed tree
# (node_modules/.package-lock.json) is compared with package-lock.json before reinstalling everything.
stamp=node_modules/.setup-stamp
lock_id=$(node -e '
  const { createHash } = require("node:crypto");
  const lock = require("node:fs").readFileSync("package-lock.json");
  console.log(createHash("sha256").update(lock).digest("hex") + " node" + process.versions.node.split(".")[0]);')
tree_matches_lock() {
  node -e '
    const fs = require("node:fs");
    const want = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages ?? {};
    const have = JSON.parse(fs.readFileSync("node_modules/.package-lock.json", "utf8")).packages ?? {};
    for (const [key, entry] of Object.entries(want)) {
      if (key === "") continue;
      // Optional packages for other platforms (esbuild binaries, ...) are never installed.
      if (!have[key]) { if (entry.optional) continue; process.exit(1); }
      if (have[key].version !== entry.version) process.exit(1);
    }
    for (const key of Object.keys(have)) if (!want[key]) process.exit(1);' 2>/dev/null
}
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_id" ]; then
  ok "node_modules up to date with package-lock.json"
elif [ -f node_modules/.package-lock.json ] && tree_matches_lock; then
  printf '%s\n' "$lock_id" >"$stamp"
  ok "node_modules matches package-lock.json"
else
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  printf '%s\n' "$lock_id" >"$stamp"
  ok "npm packages installed"
fi

# --- Build ----------------------------------------------------------------------------------------
# Skipped when nothing the build reads changed since the last successful build (set
# DECK2VIDEO_FORCE_BUILD=1 to build anyway). The stamp holds the list of sources, so a deleted or
# added file also triggers a build; edits are caught by modification time.
build_stamp=dist/.setup-build-stamp
build_inputs=(converter src bench tsconfig.json package.json package-lock.json)
sources_id=$( (find "${build_inputs[@]}" -name '*.ts' 2>/dev/null || true) | LC_ALL=C sort | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () =>
    console.log(require("node:crypto").createHash("sha256").update(s).digest("hex")));')
changed=""
if [ -f "$build_stamp" ] && [ "$(cat "$build_stamp")" = "$sources_id" ]; then
  changed=$(find "${build_inputs[@]}" -newer "$build_stamp" \( -name '*.ts' -o -name '*.json' \) -print 2>/dev/null | head -n 1 || true)
else
  changed="(no previous build)"
fi
if [ -z "$changed" ] && [ -z "${DECK2VIDEO_FORCE_BUILD:-}" ]; then
  ok "build up to date (dist/)"
else
  build_started=$(date +%s)
  npm run --silent build || die "the TypeScript build failed (npm run build): see the errors above."
  printf '%s\n' "$sources_id" >"$build_stamp"
  ok "build ($(($(date +%s) - build_started)) s)"
fi

echo "setup done in $(($(date +%s) - started)) s"
