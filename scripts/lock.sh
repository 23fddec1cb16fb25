#!/usr/bin/env bash
# Refresh requirements/dev.txt, the lock every job installs from, from pyproject.toml's ranges.
# Then run `bash scripts/test.sh`: a dependency whose new data changes a golden (Babel's CLDR
# dates, html5lib's whitespace) fails there, for review, before anyone else installs it.
#   bash scripts/lock.sh                 # keep locked versions that still satisfy the ranges
#   bash scripts/lock.sh --upgrade       # take the newest releases the ranges allow
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
uv=.venv/bin/uv
[ -x "$uv" ] || { python3 -m venv .venv && .venv/bin/python -m pip install --quiet uv; }
"$uv" pip compile pyproject.toml requirements/build.in \
  --extra test --extra browser --extra docs --extra preview \
  --universal --python-version 3.11 --generate-hashes --quiet \
  --custom-compile-command "bash scripts/lock.sh" \
  -o requirements/dev.txt "$@"
echo "requirements/dev.txt refreshed; now run: bash scripts/test.sh" >&2
