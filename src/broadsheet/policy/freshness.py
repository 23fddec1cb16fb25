"""Is a live page's header time as new as its newest post? A header that says "updated 21:10"
over a post updated at 21:25 tells the reader the page is older than what it shows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime


def newer_than_header(header: datetime, posts: Iterable[tuple[str, datetime]]
                      ) -> tuple[str, datetime] | None:
    """The newest of ``posts`` (each a pointer and its latest time: updated, else published)
    when it is later than ``header`` (the page's updated time, else its published time);
    None when the header is as new as every post."""
    newest = max(posts, key=lambda post: post[1], default=None)
    return newest if newest is not None and newest[1] > header else None


__all__ = ["newer_than_header"]
