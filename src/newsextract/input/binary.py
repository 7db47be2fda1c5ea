"""Binary input: files that are not text at all, told by their magic numbers or by their
density of control bytes, so that a PDF or an image served as HTML gives an empty article
naming its format instead of garbage text."""

from __future__ import annotations

import re

from newsextract.input.charset import bom_charset, utf16_32_by_nuls
from newsextract.settings import DEFAULT_SETTINGS, DecodeSettings

#: The two bytes every gzip stream starts with (decode.py unpacks such input first).
GZIP_SIGNATURE = b"\x1f\x8b"

#: Magic numbers of binary formats a crawler meets, as (prefix, offset, format).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"GIF87a", 0, "gif"),
    (b"GIF89a", 0, "gif"),
    (b"PK\x03\x04", 0, "zip"),
    (b"PK\x05\x06", 0, "zip"),
    (b"PK\x07\x08", 0, "zip"),
    (GZIP_SIGNATURE, 0, "gzip"),
    (b"BZh", 0, "bzip2"),
    (b"\xfd7zXZ\x00", 0, "xz"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7z"),
    (b"\x28\xb5\x2f\xfd", 0, "zstd"),
    (b"Rar!\x1a\x07", 0, "rar"),
    (b"WEBP", 8, "webp"),
    (b"WAVE", 8, "wav"),
    (b"AVI ", 8, "avi"),
    (b"ftyp", 4, "mp4"),
    (b"\x1a\x45\xdf\xa3", 0, "webm"),
    (b"OggS", 0, "ogg"),
    (b"fLaC", 0, "flac"),
    (b"ID3", 0, "mp3"),
    (b"wOFF", 0, "woff"),
    (b"wOF2", 0, "woff2"),
    (b"\x7fELF", 0, "elf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "ole"),
    (b"SQLite format 3\x00", 0, "sqlite"),
    (b"\xca\xfe\xba\xbe", 0, "java-class"),
    (b"\x00asm", 0, "wasm"),
    (b"II*\x00", 0, "tiff"),
    (b"MM\x00*", 0, "tiff"),
    (b"\x00\x00\x01\x00", 0, "ico"),
)
#: Two-letter magics that plain text may start with: binary only when NULs follow closely.
_WEAK_MAGIC: tuple[tuple[bytes, str], ...] = ((b"MZ", "exe"), (b"BM", "bmp"))
#: C0 controls that never occur in text (tab, LF, FF, CR and ESC excluded: ESC appears in
#: ISO-2022 Japanese text).
_BINARY_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def sniff_binary(data: bytes, settings: DecodeSettings = DEFAULT_SETTINGS.decode) -> str | None:
    """The binary format of `data` by magic number or control-byte density, else None.

    UTF-16/32 text is full of NULs too, so it is recognized (by BOM or NUL pattern) first.
    """
    for magic, offset, kind in _MAGIC:
        if data.startswith(magic, offset):
            return kind
    head = data[: settings.sniff_sample_bytes]
    for magic, kind in _WEAK_MAGIC:
        if head.startswith(magic) and b"\x00" in head[: settings.weak_magic_nul_window]:
            return kind
    if bom_charset(head) or utf16_32_by_nuls(head, settings):
        return None
    controls = _BINARY_CONTROL_BYTES.findall(head)
    if (
        len(controls) < settings.binary_min_controls
        or len(controls) / len(head) <= settings.binary_control_ratio
    ):
        return None
    # text stuffed with NULs repeats one control byte; binary data uses many of them
    return "binary" if len(set(controls)) >= settings.binary_min_control_kinds else None


#: Characters of binary data decoded as text: C0 controls (tab, newlines, form feed and ESC
#: aside) and the replacement character a lenient decoder puts for invalid bytes.
_JUNK_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]")
#: The gzip signature once decoded as UTF-8 with replacement (0x8B is no UTF-8 lead byte).
_GZIP_AS_REPLACED_TEXT = "\x1f\ufffd"


def sniff_binary_text(text: str, settings: DecodeSettings = DEFAULT_SETTINGS.decode) -> str | None:
    """ "gzip" or "binary" when `text` is binary data a caller decoded as text (controls and
    replacement characters over `text_junk_ratio` of a sample), else None."""
    sample = text[: settings.sniff_sample_bytes]
    junk = len(_JUNK_CHARS.findall(sample))
    if junk < settings.binary_min_controls or junk <= settings.text_junk_ratio * len(sample):
        return None
    return "gzip" if text.startswith(_GZIP_AS_REPLACED_TEXT) else "binary"
