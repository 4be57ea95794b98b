#!/usr/bin/env bash
# Installs what is missing, builds CodeArts Inspector and opens its window.
# Without arguments it opens on the built-in demo sandbox until an account (a profile) is
# configured; any arguments are passed to the app.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
# Only the app: the tests and benchmarks are the test command's to build.
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target codearts-inspector

app=build/release/codearts-inspector
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "No display: start this from a desktop session, or try it headless with" >&2
  echo "  xvfb-run -s '-screen 0 1280x800x24' $app --demo" >&2
  exit 1
fi
if (($# == 0)) && [[ $("$app" profile list --json 2>/dev/null || echo '[]') == "[]" ]]; then
  set -- --demo
fi
exec "$app" "$@"
