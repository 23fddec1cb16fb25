#!/usr/bin/env bash
# The main job: render every fixture into out/articles/ and build the preview gallery in out/gallery/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

out="${BROADSHEET_OUT:-out}"
broadsheet render fixtures/articles/*.json --out-dir "$out/articles" --keep-going --quiet
echo "Rendered $(find "$out/articles" -name '*.html' | wc -l) articles into $out/articles/"
broadsheet preview fixtures/articles --out "$out/gallery" "$@"
