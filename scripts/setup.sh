#!/usr/bin/env bash
# Install everything Broadsheet's jobs need into .venv (idempotent; safe on a fresh machine).
# Sourced by scripts/main.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Every Python package comes from requirements/dev.txt: exact versions with their hashes, compiled
# from pyproject.toml's ranges by scripts/lock.sh. Broadsheet itself goes in editable, without
# resolving anything again, so a new release of a dependency never reaches the suite unreviewed.
# --no-compile: Python compiles each module the first time it is imported; compiling every
# installed file up front was 40% of the install's CPU in each fresh CI clone.
stamp=.venv/.broadsheet-installed
if [ ! -f "$stamp" ] || [ requirements/dev.txt -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
    --only-binary :all: --no-compile -r requirements/dev.txt
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
  touch "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"

# Browser audits and validators (tests/browser): Debian's chromium, Java for the Nu Html
# Checker, and the npm packages pinned in package-lock.json (axe-core, vnu-jar).
apt_packages=()
if [ -z "${BROADSHEET_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then apt_packages+=(chromium); fi
command -v java >/dev/null 2>&1 || apt_packages+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  sudo_=""; [ "$(id -u)" -eq 0 ] || sudo_="sudo"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$sudo_" ] || command -v sudo >/dev/null 2>&1; }; then
    echo "setup: installing ${apt_packages[*]} with apt-get" >&2
    $sudo_ apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends \
      "${apt_packages[@]}" >/dev/null
  else
    echo "setup: cannot install ${apt_packages[*]} (no apt-get); browser tests will skip, or fail with CI=true" >&2
  fi
fi
if command -v npm >/dev/null 2>&1 && { [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  # --ignore-scripts: vnu-jar's postinstall would download a Java we already have.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
