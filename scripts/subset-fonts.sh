#!/usr/bin/env bash
# Rebuilds the resume fonts in client/src/export/fonts/files from Debian's font packages.
#
# Each family is cut to the scripts a resume needs (Latin with Vietnamese, Greek, Cyrillic, common
# punctuation and symbols) and stripped of hinting and OpenType layout tables: the PDF writer, the
# layout engine and the browser preview then all place glyphs by their plain advance widths, so the
# preview and the PDF break lines identically. Only families without a Reserved Font Name are used,
# because a subset is a modified version under the OFL.
#
#   sudo apt-get install -y python3-fonttools fonts-lato fonts-open-sans fonts-roboto-unhinted \
#     fonts-croscore fonts-noto-core
#   scripts/subset-fonts.sh
set -euo pipefail

out="$(cd "$(dirname "$0")/.." && pwd)/client/src/export/fonts/files"
mkdir -p "$out"
unicodes='U+0000-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+2713,U+2714'
fonts=(
  /usr/share/fonts/truetype/lato/Lato-{Regular,Bold,Italic}.ttf
  /usr/share/fonts/truetype/open-sans/OpenSans-{Regular,Bold,Italic}.ttf
  /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-{Regular,Bold,Italic}.ttf
  /usr/share/fonts/truetype/croscore/Arimo-{Regular,Bold,Italic}.ttf
  /usr/share/fonts/truetype/croscore/Tinos-{Regular,Bold,Italic}.ttf
  /usr/share/fonts/truetype/noto/NotoSerif-{Regular,Bold,Italic}.ttf
)
for font in "${fonts[@]}"; do
  python3 -m fontTools.subset "$font" \
    --unicodes="$unicodes" \
    --layout-features='' \
    --no-hinting \
    --drop-tables+=kern,GSUB,GPOS,GDEF,DSIG,FFTM \
    --name-IDs='*' \
    --output-file="$out/$(basename "$font")" 2>/dev/null
done
ls -l "$out"
