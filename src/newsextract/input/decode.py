"""Bytes or str -> clean Unicode text, and a first guess at what the text is.

`decode` never raises on content: whatever a crawler brings back (binary files served as
HTML, gzip bodies, wrong or absurd charset declarations, mixed encodings, lone surrogates,
NUL bytes) becomes valid Unicode text without NUL or stray control characters, or an empty
text naming the binary format it found. The only exceptions are `TypeError` for a source
that is neither `str` nor `bytes` and `InputTooLargeError` when the caller asked to refuse
oversize input.

Order for bytes, each step only when the previous gave nothing:
size bound -> gzip (bounded) -> binary magic numbers -> BOM -> UTF-16/32 by NUL pattern ->
"mostly control bytes" binary -> declared charsets (HTTP, then <meta>/<?xml?> in the first
4 KB), each validated -> strict UTF-8 -> UTF-8 with stray legacy bytes -> detection (bs4,
imported lazily, on a sample) -> UTF-8 or windows-1252 with replacement.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal, TypeVar

from newsextract.errors import InputTooLargeError
from newsextract.options import Options

#: How much of the start of a byte string the <meta charset> prescan reads (browsers read
#: 1024 bytes; pages with long <head> comments put it further, 4 KB covers them).
META_PRESCAN_BYTES = 4096
#: Bytes sampled for NUL-pattern and control-byte checks: enough for a stable ratio.
SNIFF_SAMPLE_BYTES = 4096
#: Bytes handed to the charset detector: chardet/charset_normalizer are slow on megabytes,
#: and 64 KB around the first non-ASCII byte is plenty for a confident guess.
DETECT_SAMPLE_BYTES = 65_536
#: Fewer control bytes than this in the sample never make binary (a page with a stray NUL).
BINARY_MIN_CONTROLS = 4
#: Distinct control bytes that make binary (random data has ~28; NUL-stuffed text has 1).
BINARY_MIN_CONTROL_KINDS = 3
#: Share of C0 control bytes (other than tab, newlines, form feed, ESC) above which input is
#: binary. Random or compressed data has ~11%; text in any ASCII-compatible charset has ~0.
BINARY_CONTROL_RATIO = 0.05
#: Share of NUL bytes at the odd (or even) positions that marks UTF-16 without a BOM: markup
#: and Latin-script text are mostly ASCII, whose UTF-16 high byte is NUL.
UTF16_NUL_RATIO = 0.4
#: Characters of text sampled by `sniff_kind`.
SNIFF_KIND_CHARS = 65_536
#: Known HTML tags per character above which text is markup. Calibrated by hand: news pages
#: carry 1 tag per 50-150 characters, even text-heavy ones more than 1 per 500; scraped text
#: quoting a tag has far fewer than 1 per 1000.
HTML_TAG_DENSITY = 1 / 1000
#: Fewer known tags than this is never markup (a text mentioning "<p>" once).
HTML_MIN_TAGS = 2

BinaryKind = str
_Source = TypeVar("_Source", str, bytes)

_GZIP_MAGIC = b"\x1f\x8b"

#: Magic numbers of binary formats a crawler meets, as (prefix, offset, format).
_MAGIC: tuple[tuple[bytes, int, BinaryKind], ...] = (
    (b"%PDF-", 0, "pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "png"),
    (b"\xff\xd8\xff", 0, "jpeg"),
    (b"GIF87a", 0, "gif"),
    (b"GIF89a", 0, "gif"),
    (b"PK\x03\x04", 0, "zip"),
    (b"PK\x05\x06", 0, "zip"),
    (b"PK\x07\x08", 0, "zip"),
    (_GZIP_MAGIC, 0, "gzip"),
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
_WEAK_MAGIC: tuple[tuple[bytes, BinaryKind], ...] = ((b"MZ", "exe"), (b"BM", "bmp"))
_WEAK_MAGIC_NUL_WINDOW = 64

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Charset labels browsers read differently from Python (WHATWG Encoding Standard): the
#: Latin-1 and ASCII labels mean windows-1252, the CJK legacy labels their supersets.
_WHATWG_ALIASES = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "ascii",
                "us-ascii",
                "ansi_x3.4-1968",
                "iso-8859-1",
                "iso8859-1",
                "iso_8859-1",
                "latin1",
                "latin-1",
                "l1",
                "cp819",
                "ibm819",
                "iso-ir-100",
                "csisolatin1",
            ),
            "cp1252",
        ),
        **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "l5"), "cp1254"),
        **dict.fromkeys(("iso-8859-11", "tis-620", "tis620"), "cp874"),
        **dict.fromkeys(("gb2312", "gbk", "x-gbk", "csgb2312", "gb_2312-80", "chinese"), "gb18030"),
        **dict.fromkeys(
            ("shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "ms932"),
            "cp932",
        ),
        **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "ksc5601", "korean", "windows-949"), "cp949"),
        **dict.fromkeys(("big5", "big5-hkscs", "cn-big5", "x-x-big5"), "big5hkscs"),
        **dict.fromkeys(("x-mac-roman", "macintosh", "mac"), "mac-roman"),
        "iso-8859-8-i": "iso8859-8",
        "unicode-1-1-utf-8": "utf-8",
    }
)
#: Codecs that exist in Python but never describe a web page: they decode arbitrary bytes
#: into attacker-chosen text (utf-7, escapes) or are not charsets at all.
_REFUSED_CODECS = frozenset(
    {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "undefined"}
)
_UTF16_32 = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})
#: Printable ASCII and whitespace: an ASCII-compatible charset decodes it unchanged.
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\n\r"
_CHARSET_LABEL_MAX = 40

_CHARSET_LABEL = rb"[A-Za-z0-9._:()-]{1,40}"
_META_CHARSET = re.compile(
    rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*(" + _CHARSET_LABEL + rb")", re.IGNORECASE
)
_XML_DECL_ENCODING = re.compile(
    rb"<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']\s*(" + _CHARSET_LABEL + rb")", re.IGNORECASE
)
_LABEL = re.compile(rf"[a-z0-9._:()+-]{{1,{_CHARSET_LABEL_MAX}}}")
_FIRST_NON_ASCII = re.compile(rb"[\x80-\xff]")
#: C0 controls that never occur in text (tab, LF, FF, CR and ESC excluded: ESC appears in
#: ISO-2022 Japanese text).
_BINARY_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_NUL = re.compile(rb"\x00")
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
#: Bytes 0x80-0xFF escaped by "surrogateescape", read as windows-1252 (U+FFFD where it has
#: no character).
_ESCAPED_AS_CP1252 = str.maketrans(
    {0xDC00 + byte: bytes([byte]).decode("cp1252", "replace") for byte in range(0x80, 0x100)}
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
    source: str | bytes, options: Options, *, declared_charset: str | None = None
) -> Decoded:
    """Turn `source` into clean text; see the module docstring for the order of steps.

    Raises `TypeError` for a source that is not str or bytes, and `InputTooLargeError` for
    input over `options.max_input_bytes` (characters, for str) when `options.oversize` is
    "raise". Nothing else.
    """
    if isinstance(source, str):
        text, warnings = _bound(source, options)
        cleaned, utf8 = _clean(text, None)
        return Decoded(cleaned, warnings, utf8=utf8)
    if not isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    data, warnings = _bound(bytes(source), options)
    if data.startswith(_GZIP_MAGIC):
        data, gzip_warnings = _gunzip(data, options)
        warnings += gzip_warnings
        if data.startswith(_GZIP_MAGIC):  # corrupt, or gzip inside gzip: not text either way
            return Decoded("", warnings, "gzip")
        data, more = _bound(data, options)
        warnings += more
    binary = sniff_binary(data)
    if binary is not None:
        return Decoded("", warnings, binary)
    text, decode_warnings, is_utf8 = _decode_bytes(data, declared_charset)
    cleaned, utf8 = _clean(text, data if is_utf8 else None)
    return Decoded(cleaned, warnings + decode_warnings, utf8=utf8)


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


def sniff_kind(text: str) -> Literal["html", "text"]:
    """ "html" when `text` looks like markup, else "text".

    A document start (doctype, <html>, <head>, <body>, an XML declaration or a comment)
    decides at once; otherwise known HTML tags must occur at a density plain text never has,
    so scraped text that mentions a tag now and then stays text.
    """
    sample = text[:SNIFF_KIND_CHARS]
    if _DOCUMENT_START.match(sample):
        return "html"
    tags = sum(1 for _ in _KNOWN_TAG.finditer(sample))
    if tags >= max(HTML_MIN_TAGS, len(sample) * HTML_TAG_DENSITY):
        return "html"
    return "text"


_DOCUMENT_START = re.compile(
    r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml\s|<!--)", re.IGNORECASE
)
_TAG_NAMES = (
    "a",
    "abbr",
    "article",
    "aside",
    "b",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "cite",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "label",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "ol",
    "option",
    "p",
    "picture",
    "pre",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "u",
    "ul",
    "video",
)
_KNOWN_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(_TAG_NAMES, key=len, reverse=True)) + r")(?=[\s/>])",
    re.IGNORECASE,
)


def sniff_binary(data: bytes) -> BinaryKind | None:
    """The binary format of `data` by magic number or control-byte density, else None.

    UTF-16/32 text is full of NULs too, so it is recognized (by BOM or NUL pattern) first.
    """
    for magic, offset, kind in _MAGIC:
        if data.startswith(magic, offset):
            return kind
    head = data[:SNIFF_SAMPLE_BYTES]
    for magic, kind in _WEAK_MAGIC:
        if head.startswith(magic) and b"\x00" in head[:_WEAK_MAGIC_NUL_WINDOW]:
            return kind
    if _bom_charset(head) or _utf16_32_by_nuls(head):
        return None
    controls = _BINARY_CONTROL_BYTES.findall(head)
    if len(controls) < BINARY_MIN_CONTROLS or len(controls) / len(head) <= BINARY_CONTROL_RATIO:
        return None
    # text stuffed with NULs repeats one control byte; binary data uses many of them
    return "binary" if len(set(controls)) >= BINARY_MIN_CONTROL_KINDS else None


def _bound(source: _Source, options: Options) -> tuple[_Source, tuple[str, ...]]:
    """Apply `options.max_input_bytes`: cut (with a warning) or raise."""
    limit = options.max_input_bytes
    if len(source) <= limit:
        return source, ()
    if options.oversize == "raise":
        raise InputTooLargeError(len(source), limit)
    unit = "characters" if isinstance(source, str) else "bytes"
    return source[:limit], (f"truncated at {limit} {unit}",)


def _gunzip(data: bytes, options: Options) -> tuple[bytes, tuple[str, ...]]:
    """Decompress gzip input, never past what the options allow (gzip bombs exist).

    Concatenated gzip members are followed; a corrupt stream keeps what came out before
    the damage. Output past the input limit counts as oversize input.
    """
    cap = min(options.max_gzip_bytes, options.max_input_bytes + 1)
    out: list[bytes] = []
    size = 0
    rest = data
    damaged = False
    while rest.startswith(_GZIP_MAGIC) and size < cap:
        stream = zlib.decompressobj(wbits=31)
        try:
            chunk = stream.decompress(rest, cap - size)
        except zlib.error:
            damaged = True
            break
        out.append(chunk)
        size += len(chunk)
        if not stream.eof:
            break
        rest = stream.unused_data
    if not out or size == 0:
        return data, ("gzip input could not be decompressed",)
    warnings = ["gzip input decompressed"]
    if damaged:
        warnings.append("gzip input damaged; kept the part before the damage")
    if size >= options.max_gzip_bytes:
        warnings.append(f"gzip output truncated at {options.max_gzip_bytes} bytes")
    return b"".join(out)[:cap], tuple(warnings)


def _decode_bytes(data: bytes, declared_charset: str | None) -> tuple[str, tuple[str, ...], bool]:
    """Bytes (known not binary) to text, with warnings saying how when it was not clean, and
    whether the text is `data` strictly decoded as UTF-8 (then `clean_text` reads `data`)."""
    bom = _bom_charset(data)
    if bom is not None:
        return (*_decode_lenient(data[len(_bom_for(bom)) :], bom), False)
    by_nuls = _utf16_32_by_nuls(data[:SNIFF_SAMPLE_BYTES])
    if by_nuls is not None:
        return (*_decode_lenient(data, by_nuls), False)
    ignored: list[str] = []
    non_ascii = not data.isascii()
    utf8 = _strict(data, "utf-8") if non_ascii else data.decode("ascii")
    for label, from_meta in ((declared_charset, False), (_prescan_charset(data), True)):
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
            return utf8, tuple(ignored), True
        text = _strict(data, charset)
        if text is not None:
            return text, tuple(ignored), charset == "utf-8"
        ignored.append(f"declared charset {charset!r} ignored: content does not decode")
    if utf8 is not None:
        return utf8, tuple(ignored), True
    mixed = _utf8_with_legacy_bytes(data)
    if mixed is not None:
        warning = "mixed encodings: stray non-UTF-8 bytes read as windows-1252"
        return mixed, (*ignored, warning), False
    detected = _detect(data)
    if detected is not None:
        return detected[1], tuple(ignored), False
    text, warnings = _decode_lenient(data, "cp1252")
    return text, tuple(ignored) + warnings, False


def usable_charset(label: str, *, from_meta: bool = False, has_nul: bool = True) -> str | None:
    """Python's codec name for a charset label, or None when the label must be ignored.

    Ignored: unknown names (rot13 is no charset, x-no-such-charset no codec), codecs that
    are not text encodings, utf-7 and the escape codecs, charsets a <meta> written in ASCII
    cannot truthfully declare (UTF-16/32, EBCDIC), and UTF-16/32 for input without a NUL.
    """
    name = label.strip().strip("\"'").lower()
    if _LABEL.fullmatch(name) is None:  # also keeps NUL and odd characters from codecs.lookup
        return None
    name = _WHATWG_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _REFUSED_CODECS:
        return None
    if info.name in _UTF16_32:
        return None if from_meta or not has_nul else info.name
    return info.name if _ascii_compatible(info.name) else None


def _ascii_compatible(charset: str) -> bool:
    try:
        return _ASCII_PROBE.decode(charset) == _ASCII_PROBE.decode("ascii")
    except (UnicodeError, LookupError):
        return False


def _prescan_charset(data: bytes) -> str | None:
    """The charset a <meta> (or an XML declaration) in the first 4 KB declares."""
    head = data[:META_PRESCAN_BYTES]
    match = _META_CHARSET.search(head) or _XML_DECL_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _bom_charset(data: bytes) -> str | None:
    for bom, charset in _BOMS:
        if data.startswith(bom):
            return charset
    return None


def _bom_for(charset: str) -> bytes:
    return next(bom for bom, name in _BOMS if name == charset)


def _utf16_32_by_nuls(head: bytes) -> str | None:
    """UTF-16/32 without a BOM, recognized by where the NULs of ASCII characters fall."""
    if len(head) < 8 or b"\x00" not in head:
        return None
    for width, suffix in ((4, "32"), (2, "16")):
        usable = len(head) - len(head) % width
        slots = usable // width
        nul_share = [head[pos:usable:width].count(0) / slots for pos in range(width)]
        low, high = nul_share[0], nul_share[-1]
        zeros_between = all(share > UTF16_NUL_RATIO for share in nul_share[1:-1])
        if high > UTF16_NUL_RATIO and low < UTF16_NUL_RATIO / 4 and zeros_between:
            return f"utf-{suffix}-le"
        if low > UTF16_NUL_RATIO and high < UTF16_NUL_RATIO / 4 and zeros_between:
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


def _detect(data: bytes) -> tuple[str, str] | None:
    """Ask bs4's detector (chardet or charset_normalizer when installed) on a sample, then
    decode the whole input strictly with each candidate it proposes."""
    from bs4.dammit import EncodingDetector

    start = _FIRST_NON_ASCII.search(data)
    offset = max(0, start.start() - 1024) if start else 0
    sample = data[offset : offset + DETECT_SAMPLE_BYTES]
    for label in EncodingDetector(sample, is_html=False).encodings:
        charset = usable_charset(label, has_nul=b"\x00" in data)
        if charset is None:
            continue
        text = _strict(data, charset)
        if text is not None:
            return charset, text
    return None
