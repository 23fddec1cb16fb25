#!/usr/bin/env bash
# The main job: render every fixture into out/articles/ and build the preview gallery in out/gallery/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

out="${BROADSHEET_OUT:-out}"
broadsheet render fixtures/articles/*.json --out-dir "$out/articles" --keep-going --quiet
# the fixtures' photographs, which their relative URLs (images/...) name beside each page
.venv/bin/python -c 'import sys; from broadsheet.render.assets import place_pictures; place_pictures(*sys.argv[1:])' fixtures/articles "$out/articles"
echo "Rendered $(find "$out/articles" -name '*.html' | wc -l) articles into $out/articles/"
broadsheet preview fixtures/articles --out "$out/gallery" "$@"
