"""Bytes to text: declared charsets, Windows-1252 without a declaration, repaired UTF-8, binary bodies."""

from __future__ import annotations

import codecs

import pytest

from pipeline.encoding import decode, sniff_binary
from pipeline.errors import InputError

FR = "<p>L’été où la série a été annulée : une œuvre « culte », déjà regrettée.</p>"
EN = "<p>Don’t miss the “finale” — it’s a café scene…</p>"


@pytest.mark.parametrize("text, codec", [(FR, "cp1252"), (EN, "cp1252"), (FR.replace("’", "'").replace("œ", "oe"), "latin-1")])
def test_western_pages_without_a_charset(text, codec):
    decoded = decode(text.encode(codec))
    assert decoded.text == text and decoded.encoding == "cp1252"


def test_declared_latin1_means_windows_1252():
    body = ('<meta charset="iso-8859-1">' + FR).encode("cp1252")
    decoded = decode(body)
    assert decoded.text.endswith(FR) and decoded.origin == "meta"


def test_header_charset_wins_over_meta():
    body = ('<meta charset="utf-8">' + FR).encode("cp1252")
    assert decode(body, header_charset="windows-1252").text.endswith(FR)


def test_utf8_with_a_few_stray_bytes_stays_utf8():
    body = ("<p>Série annulée, déjà vue, à côté, élève, où, même, forêt, cœur, hôtel, très, voilà ".encode()
            + b"\x92 fin</p>")
    decoded = decode(body)
    assert decoded.encoding == "utf-8" and "Série annulée" in decoded.text and "\ufffd" in decoded.text


def test_boms_and_other_scripts():
    assert decode(codecs.BOM_UTF8 + FR.encode()).text == FR
    assert decode(codecs.BOM_UTF16_LE + FR.encode("utf-16-le")).text == FR
    russian = "<p>Сериал закрыт после первого сезона, сообщает Netflix.</p>"
    assert decode(russian.encode("cp1251")).text == russian


@pytest.mark.parametrize("body, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"<html>\x00\x01\x02\x03", "binary data"),
])
def test_binary_bodies_are_refused(body, kind):
    assert sniff_binary(body) == kind
    with pytest.raises(InputError, match=f"page.pdf: binary content \\({kind}\\)"):
        decode(body, label="page.pdf")
