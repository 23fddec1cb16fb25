"""The Nu Html Checker (npm ``vnu-jar``) run with the machine's Java, many pages per JVM."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from broadsheet.browser.launch import BrowserUnavailable
from broadsheet.findings import Finding, Impact, Outcome, Source

RULE_ID = "nu-html-checker"
VNU_ARGS = ("--format", "json", "--stdout", "--exit-zero-always", "--also-check-css",
            "--skip-info-messages")  # errors and warnings, not info messages


@dataclass(frozen=True, slots=True)
class Validator:
    """How to run vnu: the java executable and the jar."""

    java: str
    jar: Path

    def version(self) -> str:
        done = subprocess.run([self.java, "-jar", str(self.jar), "--version"],
                              capture_output=True, text=True, timeout=60, check=False)
        return done.stdout.strip()


def find_validator() -> Validator:
    """``$BROADSHEET_VNU_JAR`` or ``node_modules/vnu-jar``, with ``java`` from PATH."""
    java = shutil.which(os.environ.get("BROADSHEET_JAVA", "java")) or ""
    if not java:
        raise BrowserUnavailable("the Nu Html Checker needs Java 11+ (apt-get install "
                                 "default-jre-headless)")
    configured = os.environ.get("BROADSHEET_VNU_JAR")
    roots = (Path.cwd(), Path(__file__).resolve().parents[3])
    candidates = [Path(configured)] if configured else [
        root / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar" for root in roots]
    for jar in candidates:
        if jar.is_file():
            return Validator(java, jar)
    raise BrowserUnavailable("vnu.jar not found: run `npm ci` (package.json lists vnu-jar)")


def validate(pages: Mapping[str, str], *, validator: Validator | None = None,
             timeout: float = 300) -> dict[str, list[Finding]]:
    """Validate many pages (name → markup) in one JVM; findings per name (errors and warnings)."""
    validator = validator or find_validator()
    with tempfile.TemporaryDirectory(prefix="broadsheet-vnu-") as tmp:
        files: dict[str, str] = {}
        for index, (name, markup) in enumerate(pages.items()):
            path = Path(tmp) / f"page-{index}.html"
            path.write_text(markup, encoding="utf-8")
            files[path.resolve().as_uri()] = name
        done = subprocess.run([validator.java, "-jar", str(validator.jar), *VNU_ARGS, *
                               sorted(Path(tmp).iterdir())], capture_output=True, text=True,
                              timeout=timeout, check=False)
    try:
        messages = json.loads(done.stdout)["messages"]
    except (ValueError, KeyError) as error:
        raise RuntimeError(f"vnu gave no JSON report: {done.stderr[-500:]}") from error
    found: dict[str, list[Finding]] = {name: [] for name in pages}
    for message in messages:
        owner = files.get(_normalise(message.get("url", "")))
        finding = _finding(message)
        if owner is None:  # a non-document error: it concerns every page
            for page in found.values():
                page.append(finding)
        else:
            found[owner].append(finding)
    return found


def _normalise(url: str) -> str:
    return "file:///" + url.removeprefix("file:").lstrip("/") if url.startswith("file:") else url


def _finding(message: dict[str, object]) -> Finding:
    kind = str(message.get("subType") or message.get("type"))
    line = message.get("lastLine")
    return Finding(rule=RULE_ID, outcome=Outcome.FAILED, impact=Impact.MODERATE
                   if kind == "warning" else Impact.SERIOUS,
                   message=f"{kind}: {message.get('message')}", source=Source.STATIC,
                   snippet=str(message.get("extract") or "") or None,
                   line=line if isinstance(line, int) else None)
