"""decode(): bytes or str to clean text, never an exception but the documented ones."""

from __future__ import annotations

import codecs
import gzip
import re

import pytest

from newsextract.errors import InputTooLargeError
from newsextract.input.binary import sniff_binary
from newsextract.input.charset import usable_charset
from newsextract.input.decode import Decoded, clean_text, decode
from newsextract.input.sniff import sniff_kind
from newsextract.options import Options

OPTIONS = Options()
FRENCH = "<p>Le conseil a approuvé le budget après un débat à Besançon — «oui».</p>"
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(decoded: Decoded) -> Decoded:
    assert _FORBIDDEN.search(decoded.text) is None
    decoded.text.encode("utf-8")
    return decoded


def test_plain_utf8() -> None:
    decoded = clean(decode(FRENCH.encode(), OPTIONS))
    assert decoded == Decoded(FRENCH)


def test_str_is_cleaned() -> None:
    decoded = clean(decode("a\x00b\x07c\ud800d\r\ne\rf\x0bg\x93q\x94\ufeff", OPTIONS))
    assert decoded.text == "abcd\ne\nf\ng“q”"


@pytest.mark.parametrize(
    "unclean", ["\x00", "\x1f", "\x0b", "\x7f", "\x85", "\x9f", "\ufeff", "\ufffe", "\uffff"]
)
def test_utf8_bytes_are_cleaned_like_str(unclean: str) -> None:
    """The byte-level check on UTF-8 input finds every character the text-level one does,
    beside the lead bytes it shares with clean characters (U+00A0, U+D7FF, U+FEFE, U+FFFD)."""
    text = f"a\u00a0b\ud7ffc\ufefe\ufffdd{unclean}e"
    assert decode(text.encode(), OPTIONS).text == clean_text(text) != text
    assert decode(text.encode(), OPTIONS).text == decode(text, OPTIONS).text


def test_clean_text_leaves_clean_text_alone() -> None:
    text = "Plain text\twith tabs\nand lines — and “quotes” 中文 עברית 😀"
    assert clean_text(text) is text


def test_type_error() -> None:
    with pytest.raises(TypeError):
        decode(42, OPTIONS)  # type: ignore[arg-type]


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom(codec: str) -> None:
    assert decode(FRENCH.encode(codec), OPTIONS).text == FRENCH


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_32_without_bom(codec: str) -> None:
    assert decode(FRENCH.encode(codec), OPTIONS).text == FRENCH


def test_http_charset_is_used() -> None:
    data = FRENCH.encode("cp1252")
    assert decode(data, OPTIONS, declared_charset="windows-1252").text == FRENCH


def test_meta_charset_is_used() -> None:
    page = "<meta charset=koi8-r><p>Привет, мир: совет одобрил бюджет.</p>"
    assert decode(page.encode("koi8-r"), OPTIONS).text == page


def test_xml_declaration_encoding_is_used() -> None:
    page = "<?xml version='1.0' encoding='iso-8859-15'?><p>Prix : 10 €, déjà.</p>"
    assert decode(page.encode("iso-8859-15"), OPTIONS).text == page


def test_utf8_wins_over_a_wrong_legacy_declaration() -> None:
    decoded = decode(FRENCH.encode(), OPTIONS, declared_charset="iso-8859-1")
    assert decoded.text == FRENCH
    assert decoded.warnings


def test_declared_utf8_that_fails_falls_back() -> None:
    decoded = decode(FRENCH.encode("cp1252"), OPTIONS, declared_charset="utf-8")
    assert decoded.text == FRENCH


@pytest.mark.parametrize(
    "label",
    [
        "rot13",
        "rot-13",
        "undefined",
        "x-no-such-charset",
        "utf-7",
        "base64",
        "hex",
        "zlib",
        "unicode-escape",
        "punycode",
        "idna",
        "",
        "  ",
        "x" * 100,
        "utf-8\x00",
        "cp037",
    ],
)
def test_absurd_charsets_are_ignored(label: str) -> None:
    assert usable_charset(label, from_meta=True) is None
    page = f"<meta charset='{label}'>{FRENCH}"
    for data in (page.encode(), page.encode("cp1252")):
        decoded = clean(decode(data, OPTIONS, declared_charset=label))
        assert FRENCH in decoded.text


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("latin1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("gb2312", "gb18030"),
        ("Shift_JIS", "cp932"),
        ("euc-kr", "cp949"),
        ("UTF8", "utf-8"),
        ('"utf-8"', "utf-8"),
        ("windows-1251", "cp1251"),
    ],
)
def test_whatwg_labels(label: str, expected: str) -> None:
    assert usable_charset(label) == codecs.lookup(expected).name


def test_utf16_declared_without_nul_is_ignored() -> None:
    assert usable_charset("utf-16", has_nul=False) is None
    assert usable_charset("utf-16", from_meta=True) is None
    assert usable_charset("utf-16") == "utf-16-le"  # WHATWG: the "utf-16" label is UTF-16LE


def test_mixed_utf8_and_cp1252() -> None:
    data = "<p>Déjà “vu” — ".encode() + "naïve café".encode("cp1252") + b" fin.</p>"
    decoded = decode(data, OPTIONS)
    assert decoded.text == "<p>Déjà “vu” — naïve café fin.</p>"
    assert any("mixed" in warning for warning in decoded.warnings)


def test_detection_of_legacy_cyrillic_without_declaration() -> None:
    text = "Совет директоров одобрил новый бюджет после долгого обсуждения во вторник. " * 5
    assert decode(text.encode("cp1251"), OPTIONS).text == text


def test_detection_of_shift_jis_without_declaration() -> None:
    text = "市議会は火曜日の夜、長い議論の末に新しい予算を承認した。" * 5
    assert decode(text.encode("shift_jis"), OPTIONS).text == text


def test_undecodable_bytes_never_raise() -> None:
    data = bytes(range(0x80, 0x100)) * 3 + b"<p>ok</p>"
    decoded = clean(decode(data, OPTIONS))
    assert decoded.text.endswith("<p>ok</p>")


def test_truncated_multibyte_character_at_the_end() -> None:
    assert decode("<p>café</p>é".encode()[:-1], OPTIONS).text == "<p>café</p>"


def test_size_limit_truncates_or_raises() -> None:
    small = Options(max_input_bytes=10)
    decoded = decode(b"0123456789abcdef", small)
    assert decoded.text == "0123456789"
    assert decoded.warnings == ("truncated at 10 bytes",)
    assert decode("0123456789abcdef", small).text == "0123456789"
    with pytest.raises(InputTooLargeError):
        decode(b"0123456789abcdef", Options(max_input_bytes=10, oversize="raise"))
    with pytest.raises(InputTooLargeError):
        decode("0123456789abcdef", Options(max_input_bytes=10, oversize="raise"))


def test_gzip_is_decompressed() -> None:
    decoded = decode(gzip.compress(FRENCH.encode()), OPTIONS)
    assert decoded.text == FRENCH
    assert decoded.warnings == ("gzip input decompressed",)


def test_concatenated_gzip_members() -> None:
    data = gzip.compress(b"<p>one</p>") + gzip.compress(b"<p>two</p>")
    assert decode(data, OPTIONS).text == "<p>one</p><p>two</p>"


def test_gzip_bomb_stops_at_the_bound() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    decoded = decode(bomb, Options(max_gzip_bytes=100_000))
    assert len(decoded.text) == 100_000
    assert any("truncated at 100000" in warning for warning in decoded.warnings)


def test_gzip_output_over_the_input_limit() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    decoded = decode(bomb, Options(max_input_bytes=1000))
    assert len(decoded.text) == 1000
    with pytest.raises(InputTooLargeError):
        decode(bomb, Options(max_input_bytes=1000, oversize="raise"))


def test_damaged_gzip() -> None:
    data = gzip.compress(FRENCH.encode() * 50)
    assert decode(data[:12], OPTIONS).binary == "gzip"
    decoded = decode(data[:-20] + b"\x00" * 20, OPTIONS)
    assert decoded.binary is None or decoded.binary == "gzip"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x00\x00\x00\x18ftypmp42", "mp4"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "exe"),
        (b"\x7fELF\x02\x01\x01", "elf"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_binary_formats(data: bytes, kind: str) -> None:
    assert sniff_binary(data) == kind
    decoded = decode(data, OPTIONS)
    assert decoded.binary == kind
    assert decoded.text == ""


@pytest.mark.parametrize(
    "data",
    [
        b"MZ is a nice abbreviation",
        b"BM: bowel movement",
        b"<p>a\x00b</p>" * 20,
        "<p>日本語</p>".encode("iso2022_jp"),
        FRENCH.encode("utf-16-le"),
    ],
)
def test_text_that_looks_binary_at_first_glance(data: bytes) -> None:
    assert sniff_binary(data) is None


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><body>x</body></html>",
        "  <html lang=en>",
        "<p>Hello</p>",
        "<div class='a'><span>x</span></div>",
        "<!-- c --><p>x",
        "<body>",
    ],
)
def test_sniff_kind_html(text: str) -> None:
    assert sniff_kind(text) == "html"


@pytest.mark.parametrize(
    "text",
    [
        "Plain scraped text.\n\nSecond paragraph.",
        "if a < b and c > d then",
        "",
        "Use the <p> tag for paragraphs. " + "More words in this long text here. " * 100,
        "<<<>>> not markup",
        "x < y",
    ],
)
def test_sniff_kind_text(text: str) -> None:
    assert sniff_kind(text) == "text"


@pytest.mark.parametrize(
    "source",
    [
        FRENCH,
        FRENCH.encode(),
        FRENCH.encode()[:-1] + "é".encode(),
        "a\r\nb €".encode(),
        "x\x00y",
        FRENCH.encode()[:-2] + "€".encode()[:2],  # cut inside a character
    ],
)
def test_utf8_form_is_the_text_or_absent(source: str | bytes) -> None:
    decoded = decode(source, OPTIONS)
    assert decoded.utf8 is None or decoded.utf8 == decoded.text.encode("utf-8")
