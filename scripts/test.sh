#!/usr/bin/env bash
# The whole test suite: installs what it needs, then lint, types and tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== ruff"
ruff check src tests bench docs/generate.py
echo "== mypy"
mypy
echo "== docs"
python -m sphinx -W --keep-going -q -b html docs out/docs
echo "== pytest"
pytest "$@"
