"""Decode a page's bytes as browsers do (HTML standard encoding sniffing, WHATWG labels).

Order: a byte order mark; else the encoding a ``<meta charset>`` or ``<meta http-equiv>``
declares in the first 1,024 bytes (html5lib's implementation of the standard's prescan); else
UTF-8 when the bytes are valid UTF-8, else windows-1252. Labels are looked up in the Encoding
Standard's table (``webencodings``), so names Python knows but browsers do not (``utf-7``,
``idna``, ``punycode``, ``cp037``, ``undefined``) are ignored like any unknown label, and a
meta naming UTF-16 means UTF-8, as the standard says.
"""

from __future__ import annotations

import webencodings
from html5lib._inputstream import EncodingParser  # the standard's prescan; html5lib is frozen

#: How far the standard's prescan looks for a ``<meta>`` declaring the encoding.
PRESCAN_BYTES = 1024

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16le"), (b"\xfe\xff", "utf-16be"))


def declared_encoding(data: bytes) -> webencodings.Encoding | None:
    """The encoding a BOM or a ``<meta>`` in the prescan declares, as the standard maps it."""
    for bom, label in _BOMS:
        if data.startswith(bom):
            return webencodings.lookup(label)
    found = EncodingParser(data[:PRESCAN_BYTES]).getEncoding()
    if found is None:
        return None
    if found.name in {"utf-16le", "utf-16be"}:
        return webencodings.lookup("utf-8")
    if found.name == "x-user-defined":
        return webencodings.lookup("windows-1252")
    return found


def decode(data: str | bytes) -> str:
    """Text of a page given as bytes (``str`` is returned as it is)."""
    if isinstance(data, str):
        return data
    encoding = declared_encoding(data)
    if encoding is None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = webencodings.lookup("windows-1252")
    if encoding.name == "replacement":  # ISO-2022-KR and friends: one U+FFFD, never the text
        return "\ufffd" if data else ""
    text, _ = webencodings.decode(data, encoding, errors="replace")
    return str(text)
