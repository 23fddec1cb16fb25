"""Write the fixtures' sample videos: the video fixture's stills as clips of the length its
article states, so its players load and play offline (their stated files are on a host a
test or the gallery never reaches: Chromium drew its controls greyed, with a loading arc over
the still, which no reader of a real page sees). Their captions stay on the article's host:
a page opened from disk may not load a text track from its own folder (Chromium treats each
file: URL as an origin of its own), and the gallery is opened from disk.

    pip install imageio-ffmpeg          # an ffmpeg build; not a dependency of Broadsheet
    python scripts/make_sample_video.py # rewrites fixtures/articles/images/millbrook-*.webm

VP9 in WebM (every current browser plays it), one frame a second of a still: 26 KB for
2:48 at 640 x 360, 13 KB for 1:00 at 360 x 640: the fixtures' own, no one's recording.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "fixtures/articles/images"
#: clip name: (still, seconds, crop to, size), as en-council-video-lead.json states them
CLIPS = {
    "millbrook-libraries": ("coffee-cup.jpg", 168, "iw:trunc(iw*9/16/2)*2", "640:360"),
    "millbrook-budget-explainer": ("reading-corner-portrait.jpg", 60, "trunc(ih*9/16/2)*2:ih",
                                   "360:640"),
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


def main() -> None:
    for name, (still, seconds, crop, size) in CLIPS.items():
        clip(name, still, seconds, crop, size)


if __name__ == "__main__":
    main()
