"""decode(): bytes or str to clean text, never an exception but the documented ones."""

from __future__ import annotations

import codecs
import gzip
import re
import time
import tracemalloc
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from hostile_inputs import gzip_bomb, normal_page
from newsextract.errors import InputTooLargeError
from newsextract.input.binary import sniff_binary
from newsextract.input.charset import usable_charset
from newsextract.input.decode import Decoded, clean_text, decode
from newsextract.input.misread import misread_share
from newsextract.input.page import Page, prepare
from newsextract.input.sniff import sniff_kind
from newsextract.options import Options
from newsextract.settings import DEFAULT_SETTINGS

OPTIONS = Options()
VENDORED = Path(__file__).parent / "fixtures" / "pages"
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


def test_the_page_kind_is_sniffed_with_the_callers_decode_settings() -> None:
    """`prepare` sniffs with the settings the pipeline runs with: where five known tags make
    markup, a fragment holding two is text."""
    fewer = replace(DEFAULT_SETTINGS, decode=replace(DEFAULT_SETTINGS.decode, html_min_tags=5))
    kinds = [
        prepare("<p>Hello</p>", url=None, kind="auto", options=Options(), settings=s)
        for s in (DEFAULT_SETTINGS, fewer)
    ]
    assert [k.kind for k in kinds if isinstance(k, Page)] == ["html", "text"]


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


# -- compressed input: every layer, bounded while inflating --------------------------------


def _nested(data: bytes, layers: int) -> bytes:
    for _ in range(layers):
        data = gzip.compress(data)
    return data


@pytest.mark.parametrize("layers", [2, 3, 4])
def test_nested_gzip_is_decompressed(layers: int) -> None:
    decoded = decode(_nested(FRENCH.encode(), layers), OPTIONS)
    assert decoded.text == FRENCH
    assert decoded.warnings.count("gzip input decompressed") == layers


def test_too_many_layers_are_not_opened() -> None:
    decoded = decode(_nested(FRENCH.encode(), 6), OPTIONS)
    assert decoded.binary == "gzip"
    assert decoded.text == ""
    assert any("compressed layers" in warning for warning in decoded.warnings)


def test_zlib_stream_is_decompressed() -> None:
    decoded = decode(zlib.compress(FRENCH.encode()), OPTIONS)
    assert decoded.text == FRENCH
    assert decoded.warnings == ("zlib input decompressed",)


@pytest.mark.parametrize("text", ["x^ marks the spot: a text that opens like zlib", "x\x9c"])
def test_text_that_opens_like_zlib_is_text(text: str) -> None:
    assert decode(text.encode("latin-1"), OPTIONS).text == clean_text(text)


def test_gzip_read_as_latin1_text_is_decompressed() -> None:
    packed = gzip.compress(FRENCH.encode())
    decoded = decode(packed.decode("latin-1"), OPTIONS)
    assert decoded.text == FRENCH


def test_gzip_read_as_utf8_text_is_binary() -> None:
    packed = gzip.compress(FRENCH.encode() * 20)
    decoded = decode(packed.decode("utf-8", "replace"), OPTIONS)
    assert decoded.binary == "gzip"
    assert decoded.text == ""


def test_binary_read_as_text_is_binary() -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(20_000))
    for text in (junk.decode("latin-1"), junk.decode("utf-8", "replace")):
        decoded = decode(text, OPTIONS)
        assert decoded.binary == "binary"
        assert decoded.text == ""


def test_text_with_a_few_broken_characters_is_text() -> None:
    text = FRENCH.replace("é", "\ufffd") * 20
    assert decode(text, OPTIONS).text == text


@pytest.mark.parametrize("layers", [1, 2, 3])
def test_bomb_is_cut_while_inflating(layers: int) -> None:
    """A gigabyte bomb stops after one step of output: only the floor is kept, in well under
    a second, whatever the layers."""
    bomb = gzip_bomb("The council met. ", 1_000_000_000, layers)
    start = time.process_time()
    decoded = decode(bomb, OPTIONS)
    assert time.process_time() - start < 1.0
    assert len(decoded.text) == DEFAULT_SETTINGS.decode.bomb_floor_bytes
    assert any("decompression bomb" in warning for warning in decoded.warnings)


def test_bomb_inflated_in_bounded_memory() -> None:
    """Inflating never holds more than the floor and one step of output."""
    bomb = gzip_bomb("a", 1_000_000_000)
    tracemalloc.start()
    try:
        decode(bomb, OPTIONS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    settings = DEFAULT_SETTINGS.decode
    assert peak < 4 * (settings.bomb_floor_bytes + settings.inflate_step_bytes)


@pytest.mark.parametrize("path", sorted(VENDORED.rglob("*.html.gz")), ids=lambda path: path.name)
def test_real_pages_are_no_bomb(path: Path) -> None:
    """The vendored real pages, gzipped at the highest level, inflate whole."""
    page = gzip.decompress(path.read_bytes())
    decoded = decode(gzip.compress(page, compresslevel=9), OPTIONS)
    assert not any("bomb" in warning for warning in decoded.warnings)
    assert decoded.text == decode(page, OPTIONS).text


def test_bomb_output_counts_against_the_input_limit() -> None:
    bomb = gzip_bomb("The council met. ", 10_000_000)
    with pytest.raises(InputTooLargeError):
        decode(bomb, Options(max_input_bytes=100_000, oversize="raise"))
    decoded = decode(bomb, Options(max_input_bytes=100_000))
    assert len(decoded.text) == 100_000


@pytest.mark.parametrize("wbits", [15, 31])
def test_damaged_stream_keeps_what_came_out(wbits: int) -> None:
    """Zlib or gzip damaged midway: the text before the damage is kept, to within a byte."""
    page = normal_page(200_000).encode()
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    packed = packer.compress(page) + packer.flush()
    damaged = packed[: len(packed) // 2] + bytes(range(256))
    decoded = decode(damaged, OPTIONS)
    assert decoded.binary is None
    kept = len(page) // 8  # before the damage; deflate may read garbage past it
    assert decoded.text[:kept] == page[:kept].decode()
    assert any("damaged" in w or "cut short" in w for w in decoded.warnings)


def test_truncated_gzip_keeps_what_came_out() -> None:
    page = FRENCH.encode() * 100
    packed = gzip.compress(page)
    decoded = decode(packed[: len(packed) * 3 // 4], OPTIONS)
    assert page.decode().startswith(decoded.text[:-100])
    assert any("cut short" in warning for warning in decoded.warnings)


# -- declared charsets that lie -------------------------------------------------------------

#: Real text per language and the legacy charsets it is served in.
LEGACY_TEXT = {
    "ru": (
        "Мэрия Москвы во вторник объявила о пересмотре тарифов на транспорт.",
        ("cp1251", "koi8-r"),
    ),
    "el": ("Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό.", ("iso-8859-7",)),
    "fr": ("Le conseil a approuvé le budget après un débat à Besançon, très ému.", ("cp1252",)),
    "pl": ("Rada miasta zatwierdziła we wtorek nowy budżet po długiej debacie.", ("cp1250",)),
    "zh": ("北京市政府周二宣布，从下月起将对全市公共交通票价进行调整，以改善服务。", ("gb18030",)),
    "ja": (
        "東京都は火曜日、来月から公共交通の運賃を見直すと発表した。担当者が説明した。",
        ("cp932", "euc-jp"),
    ),
    "ko": (
        "서울시는 화요일 다음 달부터 시내버스와 지하철 기본요금을 인상한다고 밝혔다.",
        ("cp949",),
    ),
}
#: Charsets pages declare that they are not written in.
LIES = ("iso-8859-1", "windows-1251", "koi8-r", "shift_jis", "gb2312", "euc-kr", "iso-8859-7")


def _lying_cases() -> list[tuple[str, str, str]]:
    cases = []
    for language, (_, encodings) in LEGACY_TEXT.items():
        for encoding in encodings:
            for lie in LIES:
                if codecs.lookup(lie).name != codecs.lookup(encoding).name:
                    cases.append((language, encoding, lie))
    return cases


def _page(sentence: str) -> str:
    return "<html><head><meta charset='{charset}'></head><body>" + f"<p>{sentence}</p>" * 3


#: Lies no test of the text's shape can catch: a Japanese text read as Chinese is Chinese
#: characters still, and a Latin-2 text read as Latin-1 differs in a letter or two.
_UNCATCHABLE = {("ja", "gb2312"), ("pl", "iso-8859-1")}


@pytest.mark.parametrize(("language", "encoding", "lie"), _lying_cases())
def test_a_lying_declaration_loses_to_the_text(language: str, encoding: str, lie: str) -> None:
    sentence = LEGACY_TEXT[language][0]
    page = _page(sentence)
    data = page.replace("{charset}", lie).encode(encoding)
    decoded = decode(data, OPTIONS)
    if (language, lie) in _UNCATCHABLE:
        return
    assert sentence in decoded.text, decoded.warnings


@pytest.mark.parametrize(
    ("language", "encoding"),
    [
        (language, encoding)
        for language, (_, encodings) in LEGACY_TEXT.items()
        for encoding in encodings
    ],
)
def test_a_true_declaration_is_kept(language: str, encoding: str) -> None:
    sentence = LEGACY_TEXT[language][0]
    data = _page(sentence).replace("{charset}", encoding).encode(encoding)
    decoded = decode(data, OPTIONS)
    assert sentence in decoded.text
    assert not any("mojibake" in warning for warning in decoded.warnings)


@pytest.mark.parametrize("declared", [None, "iso-2022-jp", "utf-8", "iso-8859-1"])
def test_iso_2022_jp(declared: str | None) -> None:
    sentence = LEGACY_TEXT["ja"][0]
    meta = f"<meta charset='{declared}'>" if declared else ""
    data = f"<html><head>{meta}</head><body><p>{sentence}</p>".encode("iso2022_jp")
    assert sentence in decode(data, OPTIONS).text


@pytest.mark.parametrize("language", sorted(LEGACY_TEXT))
def test_real_text_does_not_read_as_mojibake(language: str) -> None:
    sentence = LEGACY_TEXT[language][0]
    assert misread_share(sentence * 3) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Ìýðèÿ Ìîñêâû âî âòîðíèê îáúÿâèëà î ïåðåñìîòðå òàðèôîâ",  # Russian read as Latin-1
        "лЩПХЪ лНЯЙБШ БН БРНПМХЙ НАЗЪБХКЮ Н ОЕПЕЯЛНРПЕ РЮПХТНБ",  # cp1251 read as KOI8-R
        "Le conseil a approuvй le budget aprиs un dйbat а Besanзon",  # Latin-1 read as cp1251
        "¼­¿ï½Ã´Â È­¿äÀÏ ´ÙÀ½ ´ÞºÎÅÍ ´ëÁß±³Åë ¿ä±ÝÀ» Á¶Á¤ÇÑ´Ù°í",  # EUC-KR read as Latin-1
        "辑匡矫绰 拳夸老 促澜 崔何磐 措吝背烹 夸陛阑 炼沥茄促绊 惯钎沁促",  # EUC-KR read as GB
        "汯ﾒﾉﾑ 榘ﾓﾋﾗﾙ ﾗﾏ ﾗﾔﾏﾒﾎﾉﾋ ﾏﾂﾟﾑﾗﾉﾌﾁ ﾏ ﾐﾅﾒﾅﾓﾍﾏﾔﾒﾅ",  # KOI8-R read as Shift_JIS
    ],
)
def test_mojibake_reads_as_mojibake(text: str) -> None:
    """Three lines of it: a page holds more than one line of text."""
    assert misread_share(" ".join([text] * 3)) > DEFAULT_SETTINGS.decode.misread_max_share
