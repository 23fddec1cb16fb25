#!/usr/bin/env bash
# The main job: render every fixture into out/articles/ (the preview gallery joins it later).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

out="${BROADSHEET_OUT:-out}"
broadsheet render fixtures/articles/*.json --out-dir "$out/articles" --keep-going "$@"
echo "Rendered $(ls "$out"/articles/*.html | wc -l) articles into $out/articles/ — open $out/articles/<id>.html in a browser."
