"""Re-derive the fixtures' photographs from their original files (the sources and licences are
listed in fixtures/articles/images/LICENCES.md).

    python scripts/make_fixture_photos.py [--cache DIR] [--quality Q]

Fetches the three Debian packages (``apt-get download``, unpacked by ``dpkg-deb -x``) and the
scikit-image wheel (``pip download``) into the cache directory (default
``/tmp/broadsheet-photos``), then writes every photograph: the original's largest centred
crop of the picture's aspect, scaled down with Lanczos to the picture's size (sizes fixed in
``PHOTOS``, so no page's layout or test changes), encoded once from the original as a
progressive, optimised JPEG at ``QUALITY`` with 4:2:0 chroma, no metadata. The earlier
pictures had been saved at quality 62-78 and showed blocks and ringing at 100 %.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

from PIL import Image

IMAGES = Path(__file__).resolve().parent.parent / "fixtures/articles/images"
#: High enough that no blocking or ringing shows at 100 % (SSIM >= 0.98 against the scaled
#: original for every picture), low enough to keep the folder a few megabytes.
QUALITY = 88
#: Debian packages (version as listed in LICENCES.md) and the PyPI wheel holding the originals.
DEBIAN = {
    "mate-backgrounds": "1.26.0-1",
    "lomiri-wallpapers-16.04": "20.04.0-2",
    "plasma-workspace-wallpapers": "4:5.27.5-2",
}
SKIMAGE = "scikit-image==0.26.0"

_MATE = "deb/usr/share/backgrounds/mate/nature/"
_LOMIRI = "deb/usr/share/backgrounds/"
_PLASMA = "deb/usr/share/wallpapers/{}/contents/images/1920x1080.jpg"
_SK = "wheel/skimage/data/"
#: Output name -> (original, relative to the cache, (width, height)).
PHOTOS: dict[str, tuple[str, tuple[int, int]]] = {
    "storm-clouds.jpg": (_MATE + "Storm.jpg", (1600, 900)),
    "water-drop.jpg": (_MATE + "Aqua.jpg", (1200, 800)),
    "dune-grass.jpg": (_MATE + "Dune.jpg", (1200, 800)),
    "raindrops-grass.jpg": (_MATE + "RainDrops.jpg", (1200, 800)),
    "marigold.jpg": (_MATE + "Garden.jpg", (1200, 800)),
    "floorboards.jpg": (_MATE + "Wood.jpg", (1200, 800)),
    "forest-stream-1600.jpg": (_LOMIRI + "life_by_Aitzol_Berasategi.jpg", (1600, 900)),
    "forest-stream-800.jpg": (_LOMIRI + "life_by_Aitzol_Berasategi.jpg", (800, 450)),
    "hills-autumn.jpg": (_LOMIRI + "aitzgorri_by_Aitzol_Berasategi.jpg", (1600, 900)),
    "mountain-valley.jpg": (_LOMIRI + "picosdeeuropa_by_Aitzol_Berasategi.jpg", (1200, 630)),
    "sunrise-hills.jpg": (_LOMIRI + "sunset_by_Aitzol_Berasategi.jpg", (1200, 675)),
    "figs-bowl.jpg": (_LOMIRI + "Picture_0B_by_freespace.jpg", (1200, 800)),
    "brushes-jar.jpg": (_LOMIRI + "Picture_1A_by_freespace.jpg", (1200, 675)),
    "dandelion-meadow.jpg": (_LOMIRI + "seeding_by_Clements_Engelhardt.jpg", (1200, 800)),
    "reading-corner-portrait.jpg": (_LOMIRI + "Wine_by_Jakkub_Mede.jpg", (540, 960)),
    "boats-evening-shore-1200.jpg": (_PLASMA.format("EveningGlow"), (1200, 675)),
    "boats-evening-shore-600.jpg": (_PLASMA.format("EveningGlow"), (600, 338)),
    "facade-curves.jpg": (_PLASMA.format("Grey"), (1200, 800)),
    "jetty-fog.jpg": (_PLASMA.format("ColdRipple"), (1200, 675)),
    "fallen-leaves.jpg": (_PLASMA.format("FallenLeaf"), (1200, 800)),
    "lake-mist-dawn.jpg": (_PLASMA.format("DarkestHour"), (1200, 675)),
    "lake-dusk.jpg": (_PLASMA.format("summer_1am"), (1200, 800)),
    "forest-path-1200.jpg": (_PLASMA.format("Path"), (1200, 800)),
    "forest-path-600.jpg": (_PLASMA.format("Path"), (600, 400)),
    "about-16x9.jpg": (_PLASMA.format("Kite"), (1200, 675)),
    "cat-chelsea.jpg": (_SK + "chelsea.png", (451, 300)),
    "coffee-cup.jpg": (_SK + "coffee.png", (600, 338)),
}


def fetch(cache: Path) -> None:
    """Download and unpack the packages into ``cache`` (skipped when already there)."""
    debs, deb_root = cache / "debs", cache / "deb"
    debs.mkdir(parents=True, exist_ok=True)
    for name, version in DEBIAN.items():
        if not list(debs.glob(f"{name}_*.deb")):
            subprocess.run(["apt-get", "download", f"{name}={version}"], cwd=debs, check=True)
        for deb in debs.glob(f"{name}_*.deb"):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(deb_root)], check=True)
    wheels = cache / "wheels"
    if not list(wheels.glob("scikit_image-*.whl")):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--only-binary=:all:",
                SKIMAGE,
                "-d",
                str(wheels),
            ],
            check=True,
        )
    wheel = next(wheels.glob("scikit_image-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        for member in ("skimage/data/chelsea.png", "skimage/data/coffee.png"):
            archive.extract(member, cache / "wheel")


def centred_crop(size: tuple[int, int], aspect: tuple[int, int]) -> tuple[float, ...]:
    """The largest box of ``aspect`` (width, height) centred in a picture of ``size``."""
    width, height = size
    ratio = aspect[0] / aspect[1]
    crop_w, crop_h = (height * ratio, height) if width / height > ratio else (width, width / ratio)
    left, top = (width - crop_w) / 2, (height - crop_h) / 2
    return (left, top, left + crop_w, top + crop_h)


def derive(original: Path, size: tuple[int, int]) -> Image.Image:
    """The original's centred crop of ``size``'s aspect, scaled to ``size``."""
    with Image.open(original) as picture:
        rgb = picture.convert("RGB")
    return rgb.resize(size, Image.Resampling.LANCZOS, box=centred_crop(rgb.size, size))


def save(picture: Image.Image, target: Path, quality: int) -> None:
    """A progressive, optimised JPEG, 4:2:0 chroma, without metadata."""
    picture.save(
        target, "JPEG", quality=quality, subsampling="4:2:0", progressive=True, optimize=True
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/broadsheet-photos"))
    parser.add_argument("--quality", type=int, default=QUALITY)
    parser.add_argument("--out", type=Path, default=IMAGES)
    args = parser.parse_args()
    fetch(args.cache)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (original, size) in PHOTOS.items():
        save(derive(args.cache / original, size), args.out / name, args.quality)
        print(f"{name}: {size[0]}x{size[1]}, {(args.out / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
