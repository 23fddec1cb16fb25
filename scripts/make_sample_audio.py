"""Write the fixtures' sample sound: four seconds of a soft two-note chime, so the audio
players of the podcast and radio fixtures play offline (their own recordings are on hosts a
test or the gallery never reaches, and Chromium drew "Unable to play media" instead).

    python scripts/make_sample_audio.py   # rewrites fixtures/articles/images/sample-chime.wav

8 kHz, 8-bit mono PCM WAV (32 KB): every browser plays it, and no encoder is needed.
"""

from __future__ import annotations

import math
import wave
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "fixtures/articles/images/sample-chime.wav"
RATE, SECONDS, FADE = 8000, 4, 0.3


def samples() -> bytes:
    """A (440 Hz) then E (659 Hz), each two seconds, faded in and out, at a quarter volume."""
    out = bytearray()
    for index in range(RATE * SECONDS):
        t = index / RATE
        pitch = 440.0 if t < SECONDS / 2 else 659.25
        level = 0.25 * min(1.0, t / FADE, (SECONDS - t) / FADE)
        out.append(int(128 + 127 * level * math.sin(2 * math.pi * pitch * t)))
    return bytes(out)


def main() -> None:
    with wave.open(str(TARGET), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(RATE)
        sound.writeframes(samples())


if __name__ == "__main__":
    main()
