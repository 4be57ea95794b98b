#!/usr/bin/env bash
# Regenerates the raster app icons from resources/icons/codearts-inspector.svg.
# Run by hand after editing the SVG and commit the results: the build itself never
# needs a converter. Needs rsvg-convert (librsvg2-bin), png2icns (icnsutils) and
# ImageMagick's convert (for the Windows .ico).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$root/resources/icons"
svg="$icons/codearts-inspector.svg"
sizes=(16 24 32 48 64 128 256 512)

for tool in rsvg-convert png2icns convert; do
  command -v "$tool" >/dev/null || { echo "render-icons.sh: $tool not found" >&2; exit 1; }
done

for size in "${sizes[@]}"; do
  out="$icons/hicolor/${size}x${size}/apps/codearts-inspector.png"
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$out"
done

# macOS: png2icns only accepts the sizes Apple defines (no 24 or 64).
png2icns "$icons/codearts-inspector.icns" \
  "$icons"/hicolor/{16x16,32x32,48x48,128x128,256x256,512x512}/apps/codearts-inspector.png >/dev/null

# Windows: one .ico holding the sizes Explorer and the NSIS installer ask for.
convert "$icons"/hicolor/{16x16,24x24,32x32,48x48,64x64,256x256}/apps/codearts-inspector.png \
  -strip "$icons/codearts-inspector.ico"

echo "Rendered ${#sizes[@]} PNG sizes, codearts-inspector.icns and codearts-inspector.ico into $icons"
