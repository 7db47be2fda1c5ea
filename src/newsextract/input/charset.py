"""Charsets: which encoding a byte string is in, read as a browser would read it.

`text_from_bytes` tries, each step only when the previous gave nothing: the byte-order
mark; UTF-16/32 without a BOM, by where the NUL bytes fall; the declared charsets (HTTP,
then `<meta>` or the XML declaration near the start), each validated; strict UTF-8; UTF-8
with stray legacy bytes; a detector on a sample; windows-1252 with replacement characters.

Labels are read with the WHATWG Encoding Standard's table, from `webencodings`: `latin1`
and `ascii` mean windows-1252, `gb2312` GB18030, `shift_jis` Microsoft's superset... On
top of it, a policy of our own: a label only Python knows is read as Python's codec of that
name; labels that cannot truthfully describe a page are refused (utf-7 and the escape
codecs turn bytes into attacker-chosen text; UTF-16/32 cannot be declared in an ASCII
`<meta>`; non-ASCII-compatible codecs such as EBCDIC cannot either); and a declaration
loses to the content when the content says otherwise (valid UTF-8 wins, a charset the
bytes do not decode in is passed over).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

import webencodings.labels

from newsextract.input.misread import misread_share
from newsextract.settings import DEFAULT_SETTINGS, DecodeSettings

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: The Python codec implementing each WHATWG encoding whose name Python reads otherwise:
#: the Encoding Standard decodes GBK with the GB18030 decoder, Shift_JIS, Big5 and EUC-KR
#: with the Microsoft and HKSCS supersets, and names the rest differently.
_WHATWG_CODECS = {
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso8859-8",
    "macintosh": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    "windows-874": "cp874",
}
#: WHATWG encodings that are no charset of a page: "replacement" stands for ISO-2022-KR/CN
#: and HZ (refused by browsers: they let ASCII bytes hide markup), "x-user-defined" maps
#: bytes to private-use characters for binary XHR.
_REFUSED_ENCODINGS = frozenset({"replacement", "x-user-defined"})
#: Codecs that exist in Python but never describe a web page: they decode arbitrary bytes
#: into attacker-chosen text (utf-7, escapes) or are not charsets at all.
_REFUSED_CODECS = frozenset(
    {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined"}
)
_UTF16_32 = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
#: Printable ASCII and whitespace: an ASCII-compatible charset decodes it unchanged.
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n\r"
#: Longest charset label read: the longest WHATWG label has 19 characters, and Python's
#: codec names are shorter still; a longer "label" is junk.
_CHARSET_LABEL_MAX = 40

_CHARSET_LABEL = rb"[A-Za-z0-9._:()-]{1,%d}" % _CHARSET_LABEL_MAX
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*(" + _CHARSET_LABEL + rb")", re.IGNORECASE
)
_XML_DECL_ENCODING = re.compile(
    rb"<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']\s*(" + _CHARSET_LABEL + rb")", re.IGNORECASE
)
_LABEL = re.compile(rf"[a-z0-9._:()+-]{{1,{_CHARSET_LABEL_MAX}}}")
_FIRST_NON_ASCII = re.compile(rb"[\x80-\xff]")
#: The escape sequences that switch ISO-2022-JP text (7-bit, so ASCII to every other test)
#: into JIS X 0208 or 0212; and the codecs tried for it, the WHATWG decoder's extensions
#: (half-width katakana) first.
_ISO2022_JP_ESCAPE = re.compile(rb"\x1b\$(?:[@B]|\(D)")
_ISO2022_JP_CODECS = ("iso2022_jp_ext", "iso2022_jp_2")
#: Bytes 0x80-0xFF escaped by "surrogateescape", read as windows-1252 (U+FFFD where it has
#: no character).
_ESCAPED_AS_CP1252 = str.maketrans(
    {0xDC00 + byte: bytes([byte]).decode("cp1252", "replace") for byte in range(0x80, 0x100)}
)


class TextFromBytes(NamedTuple):
    """Bytes read as text, with warnings saying how when it was not clean."""

    text: str
    warnings: tuple[str, ...]
    #: whether `text` is the bytes strictly decoded as UTF-8 (then the bytes are its UTF-8)
    strict_utf8: bool


def text_from_bytes(
    data: bytes,
    declared_charset: str | None = None,
    settings: DecodeSettings = DEFAULT_SETTINGS.decode,
) -> TextFromBytes:
    """Bytes (known not to be binary) to text; the module docstring gives the order."""
    bom = bom_charset(data)
    if bom is not None:
        return TextFromBytes(*_decode_lenient(data[len(_bom_for(bom)) :], bom), False)
    by_nuls = utf16_32_by_nuls(data[: settings.sniff_sample_bytes], settings)
    if by_nuls is not None:
        return TextFromBytes(*_decode_lenient(data, by_nuls), False)
    ignored: list[str] = []
    non_ascii = not data.isascii()
    if not non_ascii and _ISO2022_JP_ESCAPE.search(data) is not None:
        jis = next(filter(None, (_strict(data, codec) for codec in _ISO2022_JP_CODECS)), None)
        if jis is not None:  # ESC $ B is never ASCII text: whatever the page declares
            return TextFromBytes(jis, (), False)
    utf8 = _strict(data, "utf-8") if non_ascii else data.decode("ascii")
    prescanned = _prescan_charset(data[: settings.meta_prescan_bytes])
    for label, from_meta in ((declared_charset, False), (prescanned, True)):
        if label is None:
            continue
        charset = usable_charset(label, from_meta=from_meta, has_nul=b"\x00" in data)
        if charset is None:
            ignored.append(f"charset {label[:_CHARSET_LABEL_MAX]!r} ignored: unknown or unusable")
            continue
        if utf8 is not None and charset != "utf-8":
            # valid UTF-8 with non-ASCII bytes is almost never legacy text: it wins
            if non_ascii:
                ignored.append(f"declared charset {charset!r} ignored: content is UTF-8")
            return TextFromBytes(utf8, tuple(ignored), True)
        text = _strict(data, charset)
        if text is not None:
            better = None if charset == "utf-8" else _better_reading(data, text, settings)
            if better is not None:
                ignored.append(f"declared charset {charset!r} ignored: the text reads as mojibake")
                return TextFromBytes(better, tuple(ignored), False)
            return TextFromBytes(text, tuple(ignored), charset == "utf-8")
        ignored.append(f"declared charset {charset!r} ignored: content does not decode")
    if utf8 is not None:
        return TextFromBytes(utf8, tuple(ignored), True)
    mixed = _utf8_with_legacy_bytes(data)
    if mixed is not None:
        warning = "mixed encodings: stray non-UTF-8 bytes read as windows-1252"
        return TextFromBytes(mixed, (*ignored, warning), False)
    detected = _detect(data, settings.detect_sample_bytes)
    if detected is not None:
        return TextFromBytes(detected, tuple(ignored), False)
    text, warnings = _decode_lenient(data, "cp1252")
    return TextFromBytes(text, tuple(ignored) + warnings, False)


def usable_charset(label: str, *, from_meta: bool = False, has_nul: bool = True) -> str | None:
    """Python's codec name for a charset label, or None when the label must be ignored.

    Ignored: unknown names (rot13 is no charset, x-no-such-charset no codec), codecs that
    are not text encodings, utf-7 and the escape codecs, the WHATWG "replacement" and
    "x-user-defined" encodings, charsets a <meta> written in ASCII cannot truthfully declare
    (UTF-16/32, EBCDIC), and UTF-16/32 for input without a NUL.
    """
    name = label.strip().strip("\"'").lower()
    if _LABEL.fullmatch(name) is None:  # also keeps NUL and odd characters from codecs.lookup
        return None
    codec = _codec_for_label(name)
    if codec is None:
        return None
    try:
        info = codecs.lookup(codec)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    if info.name in _UTF16_32:
        return None if from_meta or not has_nul else info.name
    return info.name if _ascii_compatible(info.name) else None


def _codec_for_label(label: str) -> str | None:
    """The Python codec a (normalized) label stands for; None for refused encodings.

    A label the WHATWG table lacks is looked up as a Python codec, and the codec's own name
    read through the table again: Python's "latin-1" is ISO-8859-1, which browsers read as
    windows-1252.
    """
    encoding = webencodings.labels.LABELS.get(label)
    if encoding is None:
        try:
            python_name = codecs.lookup(label).name
        except LookupError:
            return None
        encoding = webencodings.labels.LABELS.get(python_name)
        if encoding is None:
            return python_name
    if encoding in _REFUSED_ENCODINGS:
        return None
    return _WHATWG_CODECS.get(encoding, encoding)


def _ascii_compatible(charset: str) -> bool:
    try:
        return _ASCII_PROBE.decode(charset) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError):
        return False


def _prescan_charset(head: bytes) -> str | None:
    """The charset a <meta> (or an XML declaration) in `head` declares."""
    match = _META_CHARSET.search(head) or _XML_DECL_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def bom_charset(data: bytes) -> str | None:
    """The Unicode encoding `data`'s byte-order mark names, if it starts with one."""
    for bom, charset in _BOMS:
        if data.startswith(bom):
            return charset
    return None


def _bom_for(charset: str) -> bytes:
    return next(bom for bom, name in _BOMS if name == charset)


def utf16_32_by_nuls(head: bytes, settings: DecodeSettings = DEFAULT_SETTINGS.decode) -> str | None:
    """UTF-16/32 without a BOM, recognized by where the NULs of ASCII characters fall."""
    if len(head) < 8 or b"\x00" not in head:
        return None
    ratio = settings.utf16_nul_ratio
    for width, suffix in ((4, "32"), (2, "16")):
        usable = len(head) - len(head) % width
        slots = usable // width
        nul_share = [head[pos:usable:width].count(0) / slots for pos in range(width)]
        low, high = nul_share[0], nul_share[-1]
        zeros_between = all(share > ratio for share in nul_share[1:-1])
        if high > ratio and low < ratio / 4 and zeros_between:
            return f"utf-{suffix}-le"
        if low > ratio and high < ratio / 4 and zeros_between:
            return f"utf-{suffix}-be"
    return None


def _strict(data: bytes, charset: str) -> str | None:
    """Strict decoding, tolerating only a character cut at the end (truncated input)."""
    try:
        return codecs.getincrementaldecoder(charset)("strict").decode(data, final=False)
    except (UnicodeError, LookupError):
        return None


def _decode_lenient(data: bytes, charset: str) -> tuple[str, tuple[str, ...]]:
    text = _strict(data, charset)
    if text is not None:
        return text, ()
    return data.decode(charset, "replace"), ("decoded with replacement characters",)


def _utf8_with_legacy_bytes(data: bytes) -> str | None:
    """UTF-8 with a few stray legacy bytes (pages pasted together from two sources).

    Valid multi-byte UTF-8 sequences almost never occur in legacy single-byte text, so when
    they outnumber the invalid bytes the page is UTF-8 and the strays are windows-1252.
    """
    text = data.decode("utf-8", "surrogateescape")
    strays = len(data) - len(text.encode("utf-8", "ignore"))  # each escape is one byte
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    if strays == 0 or non_ascii - strays < strays:
        return None
    return text.translate(_ESCAPED_AS_CP1252)


def _better_reading(data: bytes, declared: str, settings: DecodeSettings) -> str | None:
    """Another reading of `data` when the declared charset's (`declared`) looks like
    mojibake, else None: a declaration is trusted unless the text it gives says otherwise.

    The detector's guess and the common legacy charsets (`_LEGACY_CHARSETS`) each read a
    sample; the one whose reading looks least like mojibake wins if it reads as text, the
    detector's guess first among equals (it weighs letter frequencies, which this does not).
    """
    share = misread_share(declared, settings)
    if share <= settings.misread_max_share:
        return None
    sample = _sample(data, settings.detect_sample_bytes)
    guess = _guess(sample, has_nul=b"\x00" in data)
    best: tuple[float, int, str] | None = None
    for rank, charset in enumerate(dict.fromkeys((*guess, *_LEGACY_CHARSETS))):
        text = _strict(sample, charset)
        if text is None:
            continue
        candidate = (misread_share(text, settings), rank, charset)
        best = candidate if best is None or candidate < best else best
    if best is None or best[0] >= share or best[0] > settings.misread_max_share:
        return None
    text = _strict(data, best[2])
    return None if text is None or text == declared else text


#: Legacy charsets a page may be written in, tried when its declaration gives mojibake:
#: the Windows code pages, ISO-8859-2 and -7, KOI8-R, and the CJK multi-byte charsets.
_LEGACY_CHARSETS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8-r",
    "iso8859-2",
    "iso8859-7",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp874",
    "cp932",
    "euc_jp",
    "gb18030",
    "cp949",
    "big5hkscs",
)


def _sample(data: bytes, size: int) -> bytes:
    """`size` bytes from 1 KB before the first non-ASCII byte (an ASCII byte: the sample
    starts on a character): markup before it tells a detector nothing."""
    start = _FIRST_NON_ASCII.search(data)
    offset = max(0, start.start() - 1024) if start else 0
    return data[offset : offset + size]


def _guess(sample: bytes, *, has_nul: bool) -> tuple[str, ...]:
    """The charset chardet guesses for `sample`, as Python's codec name, if usable.
    chardet is imported here only: it is slow to import and to run, and most pages never
    get this far."""
    import chardet

    label = chardet.detect(sample)["encoding"]
    charset = None if label is None else usable_charset(label, has_nul=has_nul)
    return () if charset is None else (charset,)


def _detect(data: bytes, sample_bytes: int) -> str | None:
    """`data` decoded in the charset chardet guesses from a sample, when that charset is
    usable and decodes all of it strictly; else None."""
    guess = _guess(_sample(data, sample_bytes), has_nul=b"\x00" in data)
    return _strict(data, guess[0]) if guess else None
