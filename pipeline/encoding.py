"""Bytes to text for HTML and XML bodies, whoever read them (fetcher or file reader).

Order of authority, as browsers do it: byte-order mark, then the transport's
charset (HTTP header), then a ``<meta charset>`` / XML declaration in the
first bytes, then UTF-8 if the bytes are valid UTF-8 (or nearly: a few stray
bytes in UTF-8 text), then Windows-1252 if the bytes read as Western European
text (ISO-8859-1 labels also mean Windows-1252, as in browsers), then
detection (charset-normalizer), then Windows-1252, which decodes any byte.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from pipeline.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.IGNORECASE)

# Magic numbers of the binary formats people actually feed to an HTML tool by mistake.
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "executable"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"OggS", "Ogg media"),
    (b"BZh", "bzip2 data"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    #: where the encoding came from: bom, header, meta, utf-8, utf-8-repaired, western, detected, fallback
    origin: str


def sniff_binary(body: bytes) -> str | None:
    """Name the binary format of ``body``, or ``None`` if it may be text."""
    head = body[:1024]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    # UTF-16 without BOM aside, NUL bytes never occur in text
    if b"\x00" in head:
        return "binary data"
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None
    # The WHATWG encoding standard maps these labels to windows-1252, and so do real pages.
    return "cp1252" if codec in ("latin_1", "iso8859-1", "ascii") else codec


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}")


def _mostly_utf8(body: bytes) -> bool:
    """Valid UTF-8 but for a few stray bytes (at most one per 4 decoded non-ASCII characters).

    Windows-1252 text read as UTF-8 is nearly all errors; so is Shift-JIS or GBK."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return good > 0 and bad * 4 <= good


def _western(body: bytes) -> str | None:
    """The body as Windows-1252 when it reads as Western European text, else None.

    French and English put an accented letter (é, œ, ’) here and there between ASCII
    letters; charset detection on a short page of it guesses Baltic or Central European
    code pages, which turn "à" into "ą". Cyrillic or Greek in a single-byte code page is
    runs of high bytes, word after word, and is left to detection.
    """
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes that cp1252 leaves undefined: not Windows-1252
    high = len(_HIGH_BYTE.findall(body))
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(body))
    return text if in_runs <= WESTERN_MAX_RUN_SHARE * high else None


#: At most this share of the non-ASCII bytes may sit next to another non-ASCII byte for a
#: body to read as Western European text (French: under 0.1; Russian in cp1251: over 0.9).
WESTERN_MAX_RUN_SHARE = 0.3


def decode(body: bytes, *, header_charset: str | None = None, label: str = "input") -> Decoded:
    """Decode an HTML/XML body; raises :class:`InputError` for binary content."""
    kind = sniff_binary(body)
    if kind:
        raise InputError(f"{label}: binary content ({kind}), not HTML or text")
    for bom, name in _BOMS:
        if body.startswith(bom):
            return Decoded(body[len(bom):].decode(name, errors="replace"), name, "bom")
    codec = _codec(header_charset)
    if codec:
        return Decoded(body.decode(codec, errors="replace"), codec, "header")
    head = body[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    codec = _codec(match.group(1).decode("ascii", "ignore")) if match else None
    if codec:
        # A page that declares UTF-8 but is not is common; trust the bytes then.
        if codec == "utf-8":
            try:
                return Decoded(body.decode("utf-8"), "utf-8", "meta")
            except UnicodeDecodeError:
                pass
        else:
            return Decoded(body.decode(codec, errors="replace"), codec, "meta")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(body):
        # UTF-8 with a few stray bytes (a cp1252 quote pasted into a UTF-8 template): keep the UTF-8.
        return Decoded(body.decode("utf-8", errors="replace"), "utf-8", "utf-8-repaired")
    western = _western(body)
    if western is not None:
        return Decoded(western, "cp1252", "western")
    from charset_normalizer import from_bytes

    matches = from_bytes(body[:200_000])
    best = matches.best()
    # On short pages the detector's favourite is often an East European code page; for French
    # and English pages a legacy encoding is Windows-1252 whenever that reads about as cleanly.
    western = next((m for m in matches if _codec(m.encoding) == "cp1252"), None)
    if best is not None and western is not None and western.chaos <= best.chaos + 0.05:
        best = western
    codec = _codec(best.encoding) if best is not None else None
    if codec and codec not in ("utf_16", "utf_32"):
        return Decoded(body.decode(codec, errors="replace"), codec, "detected")
    return Decoded(body.decode("cp1252", errors="replace"), "cp1252", "fallback")
