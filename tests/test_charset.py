"""Charset labels: the WHATWG table (webencodings) mapped to Python codecs, and our policy."""

from __future__ import annotations

import codecs

import pytest
import webencodings.labels

from newsextract.input.charset import usable_charset

#: The Python codec that decodes each WHATWG encoding as the Encoding Standard does; None
#: for the encodings that never describe a page.
CODEC_OF_ENCODING = {
    "utf-8": "utf-8",
    "ibm866": "cp866",
    **{f"iso-8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "iso-8859-8-i": "iso8859-8",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "macintosh": "mac-roman",
    "windows-874": "cp874",
    **{f"windows-{n}": f"cp{n}" for n in range(1250, 1259)},
    "x-mac-cyrillic": "mac-cyrillic",
    "gbk": "gb18030",  # the Encoding Standard decodes GBK with the GB18030 decoder
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
    "utf-16be": "utf-16-be",
    "utf-16le": "utf-16-le",
    "replacement": None,  # ISO-2022-KR/CN, HZ: browsers refuse them
    "x-user-defined": None,  # bytes as private-use characters, for binary XHR
}
LABELS = sorted(webencodings.labels.LABELS.items())


def test_every_whatwg_encoding_is_mapped() -> None:
    assert {encoding for _, encoding in LABELS} == set(CODEC_OF_ENCODING)


@pytest.mark.parametrize(("label", "encoding"), LABELS, ids=[label for label, _ in LABELS])
def test_every_whatwg_label(label: str, encoding: str) -> None:
    expected = CODEC_OF_ENCODING[encoding]
    codec = usable_charset(label)
    assert codec == (None if expected is None else codecs.lookup(expected).name)
    for spelled in (label.upper(), f" {label} ", f'"{label}"'):
        assert usable_charset(spelled) == codec
    if codec is not None and not codec.startswith("utf-16"):
        assert usable_charset(label, from_meta=True, has_nul=False) == codec
        assert b"<p>ASCII\tmarkup</p>".decode(codec) == "<p>ASCII\tmarkup</p>"


def test_utf16_labels_only_with_nul_bytes_and_never_from_meta() -> None:
    for label in ("utf-16", "utf-16le", "unicode", "ucs-2", "utf-16be", "unicodefffe"):
        assert usable_charset(label) in ("utf-16-le", "utf-16-be")
        assert usable_charset(label, has_nul=False) is None
        assert usable_charset(label, from_meta=True) is None


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin-1", "cp1252"),  # Python's ISO-8859-1, which browsers read as windows-1252
        ("iso8859_9", "cp1254"),
        ("thai", "cp874"),
        ("euc_cn", "gb18030"),
        ("cp936", "gb18030"),
        ("x-mac-japanese", "cp932"),
        ("maccyrillic", "mac-cyrillic"),
        ("cp855", "cp855"),
        ("utf-32", "utf-32"),
        ("utf-7", None),
        ("iso-2022-kr", None),
        ("hz-gb-2312", None),
        ("x-user-defined", None),
        ("cp037", None),  # EBCDIC: not ASCII-compatible
    ],
)
def test_labels_only_python_knows(label: str, expected: str | None) -> None:
    assert usable_charset(label) == (None if expected is None else codecs.lookup(expected).name)
