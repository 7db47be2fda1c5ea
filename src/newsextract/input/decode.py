"""Bytes or str -> clean Unicode text.

`decode` never raises on content: whatever a crawler brings back (binary files served as
HTML, gzip bodies, wrong or absurd charset declarations, mixed encodings, lone surrogates,
NUL bytes) becomes valid Unicode text without NUL or stray control characters, or an empty
text naming the binary format it found. The only exceptions are `TypeError` for a source
that is neither `str` nor `bytes` and `InputTooLargeError` when the caller asked to refuse
oversize input.

Order for bytes: size bound -> gzip / zlib, every layer (`inflate.py`, bounded while
inflating) -> binary (`binary.py`: magic numbers, control
bytes) -> charset (`charset.py`: BOM, NUL pattern, declarations, UTF-8, detection) -> clean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from newsextract.errors import InputTooLargeError
from newsextract.input.binary import sniff_binary, sniff_binary_text
from newsextract.input.charset import text_from_bytes
from newsextract.input.inflate import compression, inflate
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS, DecodeSettings

_Source = TypeVar("_Source", str, bytes)
#: The gzip signature as text: gzip data read as Latin-1 by a caller.
_GZIP_AS_TEXT = "\x1f\x8b"

#: Characters removed from every decoded text: C0 controls but tab, newlines and form feeds,
#: DEL, lone surrogates, the BOM and the two noncharacters lxml refuses.
_REMOVED_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufeff\ufffe\uffff]")
#: Characters replaced: vertical tab and form feed (line breaks), C1 controls.
_MAPPED_CHARS = re.compile("[\x0b\x0c\x80-\x9f]")
#: Bytes of UTF-8 text that may belong to a character `clean_text` removes or maps: the C0
#: controls (but tab, LF and CR, which is replaced beforehand) and DEL, and the lead bytes of
#: the C1 controls (C2), of surrogates (ED, as "surrogatepass" writes them) and of the BOM and
#: the two noncharacters (EF).
_SUSPECT_BYTES = bytes((*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xC2, 0xED, 0xEF))
_OTHER_BYTES = bytes(sorted(set(range(0x100)) - set(_SUSPECT_BYTES)))
#: The lead bytes above, each with the UTF-8 sequences of the characters it starts that
#: `clean_text` changes (C2: C1 controls; ED: surrogates; EF: BOM, U+FFFE, U+FFFF).
_LEAD_BYTES = b"\xc2\xed\xef"
_UNCLEAN_SEQUENCES = (
    (0xC2, re.compile(rb"\xc2[\x80-\x9f]")),
    (0xED, re.compile(rb"\xed[\xa0-\xbf]")),
    (0xEF, re.compile(rb"\xef(?:\xbb\xbf|\xbf[\xbe\xbf])")),
)


def _c1_replacement(char: str) -> str:
    """C1 controls in text are windows-1252 bytes decoded as Latin-1: undo that."""
    try:
        return bytes([ord(char)]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


_TRANSLATION = str.maketrans(
    {
        "\x0b": "\n",
        "\x0c": "\n",
        **{chr(code): _c1_replacement(chr(code)) for code in range(0x80, 0xA0)},
    }
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, what happened on the way, and the binary format if it was one."""

    text: str  # valid Unicode, no NUL, no stray C0/C1 controls except \n and \t
    warnings: tuple[str, ...] = ()
    binary: str | None = None  # "pdf", "png", "gzip"... when the input is binary (text is "")
    #: `text` in UTF-8 when decoding had it at hand (the input bytes, or the encoding made to
    #: check the text): libxml2 parses UTF-8 without converting the text first.
    utf8: bytes | None = field(default=None, compare=False, repr=False)


def decode(
    source: str | bytes,
    options: Options,
    *,
    declared_charset: str | None = None,
    settings: DecodeSettings = DEFAULT_SETTINGS.decode,
) -> Decoded:
    """Turn `source` into clean text; see the module docstring for the order of steps.

    Raises `TypeError` for a source that is not str or bytes, and `InputTooLargeError` for
    input over `options.max_input_bytes` (characters, for str) when `options.oversize` is
    "raise". Nothing else.
    """
    if isinstance(source, str) and source.startswith(_GZIP_AS_TEXT):
        source = _bytes_read_as_text(source)
        if not source:
            return Decoded("", ("gzip data passed as text, and not as Latin-1",), "gzip")
    if isinstance(source, str):
        text, warnings = _bound(source, options)
        binary = sniff_binary_text(text, settings)
        if binary is not None:
            return Decoded("", (*warnings, "binary data passed as text"), binary)
        cleaned, utf8 = _clean(text, None)
        return Decoded(cleaned, warnings, utf8=utf8)
    if not isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    data, warnings = _bound(bytes(source), options)
    if compression(data) is not None:
        inflated = inflate(data, options.max_gzip_bytes, options.max_input_bytes, settings)
        warnings += inflated.warnings
        if inflated.still_compressed:  # corrupt, or too many layers: not text either way
            return Decoded("", warnings, "gzip")
        data, more = _bound(inflated.data, options)
        warnings += more
    binary = sniff_binary(data, settings)
    if binary is not None:
        return Decoded("", warnings, binary)
    text, decode_warnings, strict_utf8 = text_from_bytes(data, declared_charset, settings)
    cleaned, utf8 = _clean(text, data if strict_utf8 else None)
    return Decoded(cleaned, warnings + decode_warnings, utf8=utf8)


def _bytes_read_as_text(source: str) -> bytes:
    """Gzip data a caller decoded as Latin-1 (reading a body as text before looking at its
    Content-Encoding) back as the bytes it was; b"" when it was decoded otherwise (UTF-8
    with replacement characters destroyed it)."""
    try:
        return source.encode("latin-1")
    except UnicodeEncodeError:
        return b""


def clean_text(text: str, utf8: bytes | None = None) -> str:
    """Drop NUL, C0 controls (tab and newline kept, CR and FF made newlines), lone
    surrogates and noncharacters; read C1 controls as the windows-1252 characters they were.

    `utf8`, when given, is the input `text` was strictly decoded from as UTF-8. The common
    case (nothing to clean) is answered on UTF-8 bytes, by byte translation in C: three
    times faster than a regex scan of the text. Every step runs in C, so even a page made of
    control characters is cleaned in linear time.
    """
    return _clean(text, utf8)[0]


def _clean(text: str, utf8: bytes | None) -> tuple[str, bytes | None]:
    """`clean_text`, and the UTF-8 form of the text it returns when that is at hand: the
    encoding made for the check, or `utf8` when it holds exactly the text."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        exact = False
    else:  # the input, unless a character cut at its end was left out of the text
        exact = utf8 is not None and utf8[-1:].isascii()
    if utf8 is None:
        utf8, exact = text.encode("utf-8", "surrogatepass"), True
    if _utf8_is_clean(utf8):
        return text, utf8 if exact else None
    if _REMOVED_CHARS.search(text) is not None:
        text = _REMOVED_CHARS.sub("", text)
    if _MAPPED_CHARS.search(text) is not None:
        text = text.translate(_TRANSLATION)
    return text, None


def _utf8_is_clean(data: bytes) -> bool:
    """Whether UTF-8 `data` holds no character `clean_text` removes or maps (CR aside).

    Deleting every byte that cannot start one leaves nothing in most pages; what is left
    is a control byte (unclean) or lead bytes, whose few unclean sequences are then looked
    for. In valid UTF-8 a lead byte always starts a character, so the answer is exact.
    """
    suspects = data.translate(None, _OTHER_BYTES)
    if not suspects:
        return True
    if suspects.translate(None, _LEAD_BYTES):
        return False
    return not any(
        lead in suspects and sequence.search(data) is not None
        for lead, sequence in _UNCLEAN_SEQUENCES
    )


def _bound(source: _Source, options: Options) -> tuple[_Source, tuple[str, ...]]:
    """Apply `options.max_input_bytes`: cut (with a warning) or raise."""
    limit = options.max_input_bytes
    if len(source) <= limit:
        return source, ()
    if options.oversize == "raise":
        raise InputTooLargeError(len(source), limit)
    unit = "characters" if isinstance(source, str) else "bytes"
    return source[:limit], (f"truncated at {limit} {unit}",)
