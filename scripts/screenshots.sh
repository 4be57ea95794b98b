#!/usr/bin/env bash
# Takes the window's screenshots for the docs: the Overview of a demo job, in light and dark,
# English and Chinese, with the keyboard focus visible. Builds nothing: give it the executable
# (default build/ci/codearts-inspector). Needs xvfb-run, xdotool and ImageMagick (install-deps.sh).
#   scripts/screenshots.sh [EXECUTABLE] [OUTPUT_DIR]
# Writes OUTPUT_DIR/window-<lang>-<theme>-overview.png (default docs/screenshots).
# SCREENSHOT_KEYS: the keys (xdotool's names) pressed before the shot, to put the focus on a
# control (default "ctrl+l Tab": from the Job ID field to the Demo jobs button).
set -euo pipefail
cd "$(dirname "$0")/.."

# One shot, inside the X server xvfb-run made: a fresh home (none of your settings, history or
# favorites) with three demo jobs starred (succeeded, failed, running), the window at 1060 x 720,
# focus moved by keys so that its ring shows.
shoot() {
  local app=$1 file=$2 window
  home=$(mktemp -d)
  export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache
  for job in f5af662119404ad187437cd272b5099b 0a1b2c3d4e5f60718293a4b5c6d7e8f9 1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f; do
    "$app" favorites add "$job" >/dev/null
  done
  "$app" --demo >"$home/log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
  window=""
  for _ in $(seq 1 100); do
    window=$(xdotool search --onlyvisible --class codearts-inspector 2>/dev/null | head -n 1 || true)
    [[ -n $window ]] && break
    sleep 0.2
  done
  [[ -n $window ]] || { echo "The window did not open; its output:" >&2; cat "$home/log" >&2; return 1; }
  xdotool windowmove "$window" 0 0 windowsize "$window" 1060 720
  sleep 4   # the demo job's fetch and the favorites board
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  # shellcheck disable=SC2086 # one word per key
  xdotool key --delay 150 ${SCREENSHOT_KEYS:-ctrl+l Tab}
  sleep 1
  import -window root -crop 1060x720+0+0 +repage -colors 256 "PNG8:$file"
  echo "$file"
}

# xvfb-run starts this script again for each shot.
if [[ ${1:-} == --shoot ]]; then
  shoot "$2" "$3"
  exit
fi

app=$(realpath "${1:-build/ci/codearts-inspector}")
out=$(realpath -m "${2:-docs/screenshots}")
[[ -x $app ]] || { echo "No executable at $app: build it first (cmake --build --preset ci --target codearts-inspector)." >&2; exit 1; }
for tool in xvfb-run xdotool import; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh." >&2; exit 1; }
done
mkdir -p "$out"

for lang in en zh_CN; do
  for theme in light dark; do
    locale=$([[ $lang == en ]] && echo C.UTF-8 || echo zh_CN.UTF-8)
    LC_ALL=$locale LANGUAGE=$lang CODEARTS_INSPECTOR_PALETTE=$theme \
      xvfb-run -a -s '-screen 0 1280x800x24' "$PWD/scripts/screenshots.sh" --shoot "$app" "$out/window-$lang-$theme-overview.png"
  done
done
