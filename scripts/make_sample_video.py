"""Write the fixtures' sample videos: the video fixture's stills as clips of the length its
article states, so its players load and play offline (their stated files are on a host a
test or the gallery never reaches: Chromium drew its controls greyed, with a loading arc over
the still, which no reader of a real page sees), and English captions for each.

    pip install imageio-ffmpeg          # an ffmpeg build; not a dependency of Broadsheet
    python scripts/make_sample_video.py # rewrites fixtures/articles/images/millbrook-*.webm/.vtt

VP9 in WebM (every current browser plays it), one frame a second of a still: 26 KB for
2:48 at 640 x 360, 13 KB for 1:00 at 360 x 640. The captions are the article's transcript,
timed evenly across the clip: the fixtures' own, no one's recording.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "fixtures/articles/images"
ARTICLE = ROOT / "fixtures/articles/en-council-video-lead.json"
#: clip name: (still, seconds, crop to, size, the article's JSON pointer to the video)
CLIPS = {
    "millbrook-libraries": ("coffee-cup.jpg", 168, "iw:trunc(iw*9/16/2)*2", "640:360", "/lead"),
    "millbrook-budget-explainer": ("reading-corner-portrait.jpg", 60, "trunc(ih*9/16/2)*2:ih",
                                   "360:640", "/body/4"),
}


def ffmpeg() -> str:
    import imageio_ffmpeg  # type: ignore[import-not-found]

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def clip(name: str, still: str, seconds: int, crop: str, size: str) -> None:
    subprocess.run([ffmpeg(), "-hide_banner", "-loglevel", "error", "-y", "-loop", "1",
                    "-framerate", "1", "-t", str(seconds), "-i", str(IMAGES / still),
                    "-vf", f"crop={crop},scale={size},setsar=1,format=yuv420p",
                    "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "50", "-g", str(seconds),
                    "-an", str(IMAGES / f"{name}.webm")], check=True)


def captions(transcript: str, seconds: int) -> str:
    """WebVTT cues, one a sentence of the transcript, sharing the clip's length evenly."""
    text = re.sub(r"<[^>]+>", "", transcript.replace("<br>", "\n"))
    lines = [part.strip() for line in text.splitlines()
             for part in re.split(r"(?<=[.?!])\s+", line) if part.strip()]
    step = seconds / len(lines)
    cues = ["WEBVTT", ""]
    for index, line in enumerate(lines):
        start, end = index * step, (index + 1) * step
        cues += [f"{_clock(start)} --> {_clock(end)}", line, ""]
    return "\n".join(cues)


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}.000"


def _at(document: object, pointer: str) -> dict[str, str]:
    for part in pointer.strip("/").split("/"):
        document = document[int(part)] if isinstance(document, list) else document[part]  # type: ignore[index]
    assert isinstance(document, dict)
    return document


def main() -> None:
    article = json.loads(ARTICLE.read_text(encoding="utf-8"))
    for name, (still, seconds, crop, size, pointer) in CLIPS.items():
        clip(name, still, seconds, crop, size)
        text = captions(_at(article, pointer)["transcript"], seconds)
        (IMAGES / f"{name}.en.vtt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
