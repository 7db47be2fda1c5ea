"""Hostile input, whole pipeline: `extract` never crashes, hangs, blows memory, reads a file
or opens a socket (docs/guarantees.md is the contract these tests check).

Categories: empty input, binary formats, encodings, size limits, deep nesting, wide trees,
giant lines, attributes and data: URIs, regex traps, XML bombs and external references,
odd page types, right-to-left and CJK text, time and memory bounds. The heavy variants
(20 MB, 100,000 levels, 1,000,000 siblings, 10 MB lines) run in a subprocess, which
measures peak memory and survives a hang; they are marked `heavy` (run by .ci/run).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsextract
from hostile_inputs import (
    ARTICLE_SENTENCE,
    CJK_NEWS,
    CONSENT_TEXT,
    CONTRACT_CASES,
    COOKIE_NOTICE,
    REGEX_TRAPS,
    TEASERS,
    attribute_bomb,
    cjk_page,
    consent_banner_over_article,
    consent_wall,
    contract_budget,
    data_uri,
    deep_nesting,
    gzip_bomb,
    gzip_bomb_as_text,
    long_line,
    measure_contract_case,
    nested_json_ld,
    never_closed,
    normal_page,
    soft_404,
    wide_tree,
    with_article,
)
from newsextract import Article, InputTooLargeError, Options, PageKind, RemovalReason

TESTS = Path(__file__).parent
#: The acceptance bounds (issue 7): no input over 5 s up to 20 MB, none over 20x the time of
#: a normal page of the same size, peak memory for a 20 MB page under 25x its size. Slow
#: machines may scale the time bound with NEWSEXTRACT_TIME_FACTOR.
TIME_FACTOR = float(os.environ.get("NEWSEXTRACT_TIME_FACTOR", "1"))
MAX_SECONDS = 5.0 * TIME_FACTOR
MAX_RATIO = 20.0
MAX_MEMORY_RATIO = 25.0
#: Below this the timer measures noise, not the extractor.
TIMER_FLOOR = 0.05

_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def assert_clean(article: Article) -> None:
    """Every string of the result is valid Unicode without NUL or stray controls."""
    assert isinstance(article, Article)
    for text in _strings(article.to_dict()):
        assert _FORBIDDEN.search(text) is None, repr(text[:200])
        text.encode("utf-8")  # no lone surrogate
    assert Article.from_dict(json.loads(article.to_json())) == article


def extract_clean(source: str | bytes, **kwargs: Any) -> Article:
    article = newsextract.extract(source, **kwargs)
    assert_clean(article)
    return article


def _timed(source: str | bytes, **kwargs: Any) -> tuple[Article, float]:
    """The article and the best of two timings (the machine is shared)."""
    best = float("inf")
    article = None
    for _ in range(2):
        start = time.process_time()
        article = newsextract.extract(source, **kwargs)
        best = min(best, time.process_time() - start)
        if best > 1:
            break
    assert article is not None
    return article, best


def assert_fast(source: str | bytes, reference: str | bytes, **kwargs: Any) -> Article:
    """`source` takes at most 20x the time of `reference` (a normal input of the same size)
    and less than 5 s."""
    article, elapsed = _timed(source, **kwargs)
    _, normal = _timed(reference, **kwargs)
    assert elapsed < MAX_SECONDS, f"{elapsed:.2f} s"
    assert elapsed <= max(MAX_RATIO * normal, TIMER_FLOOR), f"{elapsed:.3f} s vs {normal:.3f} s"
    assert_clean(article)
    return article


# -- empty and tiny input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "",
        b"",
        " ",
        "\n\t \r\n",
        b"\xef\xbb\xbf",
        "\ufeff",
        "\x00\x00",
        b"\x00",
        "<html></html>",
        "<!-- only a comment -->",
        "<",
        ">",
        "&",
        "<p>",
        "</p>",
        "<!DOCTYPE html>",
        "<?xml?>",
    ],
)
def test_empty_input_gives_an_empty_article(source: str | bytes) -> None:
    article = extract_clean(source)
    assert article.text == ""
    assert article.blocks == ()


@pytest.mark.parametrize("kind", ["auto", "html", "text"])
def test_one_word(kind: str) -> None:
    article = extract_clean("Breaking", kind=kind)  # type: ignore[arg-type]
    assert article.text in ("", "Breaking")


def test_wrong_types_raise_type_error() -> None:
    for source in (None, 42, ["<p>x</p>"], Path("x.html")):
        with pytest.raises(TypeError):
            newsextract.extract(source)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsextract.extract("<p>x</p>", options={"max_depth": 3})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsextract.extract("<p>x</p>", url=b"http://example.com/")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",
        "http://exa mple.com/a b",
        "javascript:alert(1)",
        "",
        "//",
        "http://",
        "file:///etc/passwd",
        "\x00",
        "http://example.com/\ud800",
    ],
)
def test_odd_urls_are_never_an_error(url: str) -> None:
    article = newsextract.extract(with_article(""), url=url)
    assert ARTICLE_SENTENCE in article.text


@pytest.mark.parametrize(
    "markup",
    [
        '<link rel="next" href="http://[::1/story/2">',
        '<nav class="pagination"><a href="http://[::1/story/2">Next page</a></nav>',
    ],
)
def test_a_malformed_next_page_address_is_no_next_page(markup: str) -> None:
    """urllib refuses to join "http://[::1" (ValueError): it is no address, not an error."""
    article = newsextract.extract(with_article(markup), url="https://news.test/story")
    assert ARTICLE_SENTENCE in article.text
    assert article.next_page_url is None


# -- binary formats ---------------------------------------------------------------------


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", with_article(""))
    return buffer.getvalue()


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
BINARIES = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(200),
    "png": _PNG,
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4,
    "gif": b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(64),
    "zip": _zip(),
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(64),
    "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(64),
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_input_gives_an_empty_article_naming_the_format(name: str) -> None:
    article = extract_clean(BINARIES[name])
    assert article.text == ""
    assert article.page_kind is PageKind.EMPTY
    assert any(name in warning for warning in article.warnings), article.warnings


def test_gzip_of_a_binary_is_that_binary() -> None:
    article = extract_clean(gzip.compress(_PNG))
    assert article.text == ""
    assert any("png" in warning for warning in article.warnings)


def test_random_bytes_are_binary() -> None:
    junk = bytes((i * 7919 + 13) % 256 for i in range(20_000))
    article = extract_clean(junk)
    assert article.text == ""
    assert article.page_kind is PageKind.EMPTY


def test_gzip_page_is_decompressed() -> None:
    article = extract_clean(gzip.compress(with_article("").encode()))
    assert ARTICLE_SENTENCE in article.text
    assert any("gzip" in warning for warning in article.warnings)


def test_gzip_bomb_is_bounded() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 60_000_000, compresslevel=9)
    options = Options(max_input_bytes=1_000_000)
    start = time.process_time()
    article = extract_clean(bomb, options=options)
    assert time.process_time() - start < MAX_SECONDS
    assert any("truncated" in warning for warning in article.warnings), article.warnings


def test_damaged_gzip_is_never_an_error() -> None:
    data = gzip.compress(with_article("").encode())
    extract_clean(data[: len(data) // 2])
    extract_clean(data[:12])


# -- encodings --------------------------------------------------------------------------

FRENCH = "Le conseil a approuvé le budget après un long débat, mardi à Besançon."


def _french_page(meta: str = "") -> str:
    return with_article(f"{meta}<p>{FRENCH}</p>")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_utf16_and_utf32_with_and_without_bom(codec: str) -> None:
    article = extract_clean(_french_page().encode(codec))
    assert FRENCH in article.text


@pytest.mark.parametrize(
    ("meta", "encoding"),
    [
        ("<meta charset='iso-8859-1'>", "utf-8"),  # wrong declaration: content is UTF-8
        ("<meta charset='utf-8'>", "cp1252"),  # wrong the other way
        ("<meta charset='rot13'>", "utf-8"),
        ("<meta charset='undefined'>", "cp1252"),
        ("<meta charset='x-no-such-charset'>", "utf-8"),
        ("<meta charset='utf-7'>", "utf-8"),
        ("<meta charset='base64'>", "cp1252"),
        ("<meta charset='utf-16'>", "utf-8"),  # impossible in an ASCII <meta>
        ("<meta http-equiv='Content-Type' content='text/html; charset=latin1'>", "cp1252"),
        ("<meta charset='" + "x" * 5000 + "'>", "utf-8"),
    ],
)
def test_wrong_and_absurd_declared_charsets(meta: str, encoding: str) -> None:
    article = extract_clean(_french_page(meta).encode(encoding))
    assert FRENCH in article.text


def test_mixed_encodings() -> None:
    page = (
        _french_page()
        .encode("utf-8")
        .replace(b"</article>", "<p>Déjà vu.</p></article>".encode("cp1252"))
    )
    article = extract_clean(page)
    assert FRENCH in article.text


@pytest.mark.parametrize(
    "unit",
    [bytes(range(0x80, 0x100)), "é".encode() + b"\xe9", "中".encode() + b"\x81\x8d"],
    ids=["high-bytes", "mixed-latin", "mixed-cjk"],
)
def test_undecodable_megabytes_are_linear(unit: bytes) -> None:
    data = with_article("").encode() + unit * (2_000_000 // len(unit))
    assert_fast(data, normal_page(len(data)))


def test_undecodable_bytes_are_replaced() -> None:
    page = with_article("<p>caf\xe9 \x81\x8d\xff\xfe ok</p>").encode("latin-1")
    article = extract_clean(page)
    assert ARTICLE_SENTENCE in article.text


def test_lone_surrogates_nul_and_controls_in_str() -> None:
    dirty = "<p>Surro\ud800gate and N\x00UL and bell\x07 and C1\x85 and \ufffe.</p>"
    article = extract_clean(with_article(dirty))
    assert ARTICLE_SENTENCE in article.text


def test_nul_bytes_in_bytes() -> None:
    page = with_article("<p>a\x00b</p>").encode().replace(b"council", b"coun\x00cil", 1)
    article = extract_clean(page)
    assert ARTICLE_SENTENCE.split()[-1] in article.text


def test_control_character_references() -> None:
    article = extract_clean(with_article("<p>a&#0;b&#1;c&#x7f;d&#65535;e&#xD800;f&#x110000;g</p>"))
    assert ARTICLE_SENTENCE in article.text


def test_text_mode_with_encoding_junk() -> None:
    text = f"{ARTICLE_SENTENCE}\r\n\r\nsecond\x00 line\x1b[31m red\x1b[0m\x0c\n\ud83d"
    extract_clean(text, kind="text")
    extract_clean(text.encode("utf-8", "surrogatepass"), kind="text")


# -- size limits ------------------------------------------------------------------------


def test_oversize_input_can_be_refused() -> None:
    options = Options(max_input_bytes=10_000, oversize="raise")
    with pytest.raises(InputTooLargeError):
        newsextract.extract(normal_page(20_000), options=options)
    with pytest.raises(InputTooLargeError):
        newsextract.extract(normal_page(20_000).encode(), options=options)


def test_oversize_input_is_truncated_with_a_warning() -> None:
    options = Options(max_input_bytes=10_000)
    article = extract_clean(normal_page(50_000).encode(), options=options)
    assert any("truncated" in warning for warning in article.warnings)
    assert ARTICLE_SENTENCE in article.text


def test_truncation_inside_a_multibyte_character() -> None:
    page = with_article("<p>" + "é" * 3000 + "</p>").encode()
    article = extract_clean(page, options=Options(max_input_bytes=4001))
    assert any("truncated" in warning for warning in article.warnings)


# -- nesting, width, giant lines and attributes (small versions; heavy ones below) --------


def test_deep_nesting_keeps_the_article() -> None:
    source = deep_nesting(5000)
    article = assert_fast(source, normal_page(len(source)))
    assert ARTICLE_SENTENCE in article.text


def test_deep_nesting_under_a_small_max_depth() -> None:
    article = extract_clean(deep_nesting(100), options=Options(max_depth=20))
    assert ARTICLE_SENTENCE in article.text


@pytest.mark.parametrize("tag", ["li", "br", "span", "p", "a"])
def test_wide_tree(tag: str) -> None:
    source = wide_tree(20_000, tag)
    article = assert_fast(source, normal_page(len(source)))
    assert ARTICLE_SENTENCE in article.text


def test_long_line_without_spaces() -> None:
    source = long_line(1_000_000)
    article = assert_fast(source, normal_page(len(source)))
    assert ARTICLE_SENTENCE in article.text


def test_attribute_bomb() -> None:
    source = attribute_bomb(100_000)
    article = assert_fast(source, normal_page(len(source)))
    assert ARTICLE_SENTENCE in article.text


def test_giant_data_uri() -> None:
    source = data_uri(1_000_000)
    article = assert_fast(source, normal_page(len(source)))
    assert ARTICLE_SENTENCE in article.text


@pytest.mark.parametrize(
    "prefix",
    [
        '<a x="' * 20_000,  # an unclosed quote swallows the rest, as in HTML5
        "<!--" * 20_000,
        "<" * 200_000,
        "</" * 100_000,
        "<a b " * 50_000 + ">",
        "<script><!--<script></script>" + "<div a>" * 5000,
        "<![CDATA[" * 20_000,
        "<?" * 20_000,
        "&" * 200_000,
        "&#" * 100_000,
        "&#x" * 60_000,
        "<table>" * 20_000,
        "<select><option>" * 10_000,
        "<svg>" * 20_000,
        "<b><i><u>" * 10_000,
        "<p><div>" * 10_000,
        "<textarea>" + "<p>x" * 10_000,
        # constructs left open that the recovering pass closes, each one again and again
        "<title>" * 20_000,
        "<script>" * 20_000,
        "<script><!--" * 10_000,
        "<style>" * 20_000,
        "<!doctype" * 20_000,
        "<!doctype [" * 20_000,
        "<plaintext>" * 20_000,
        "<noscript>" * 20_000,
        "<select>" * 20_000,
        "<x y='" * 30_000,
    ],
    ids=lambda prefix: repr(prefix[:14]),
)
def test_broken_markup_is_linear(prefix: str) -> None:
    source = with_article(prefix)
    assert_fast(source, normal_page(len(source)))


# -- regex traps ----------------------------------------------------------------------
# Run in a subprocess with a timeout: a quadratic regex on 200 KB takes many minutes.

REGEX_TRAP_CHARS = 200_000


def _trap_params() -> list[Any]:
    return [
        pytest.param(name, unit, html, id=f"{'html' if html else 'text'}-{name}")
        for html in (True, False)
        for name, unit in REGEX_TRAPS
    ]


@pytest.mark.parametrize(("name", "unit", "html"), _trap_params())
def test_regex_traps(name: str, unit: str, html: bool) -> None:
    reference = (
        ("normal_page", (REGEX_TRAP_CHARS,)) if html else ("normal_text", (REGEX_TRAP_CHARS,))
    )
    result = run_isolated(
        "regex_trap",
        unit,
        REGEX_TRAP_CHARS,
        html,
        kind="html" if html else "text",
        reference=reference,
        timeout=2 * MAX_SECONDS + 5,
    )
    assert result["elapsed"] < MAX_SECONDS, result
    assert result["elapsed"] <= max(MAX_RATIO * result["reference"], TIMER_FLOOR), result


# -- XML bombs, external entities, nothing fetched ---------------------------------------


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)]
    return f'<?xml version="1.0"?><!DOCTYPE lolz [{"".join(entities)}]>'


BILLION_LAUGHS = _billion_laughs()


def test_billion_laughs() -> None:
    source = with_article("<p>&lol9;</p>").replace("<html>", BILLION_LAUGHS + "<html>")
    article = assert_fast(source, normal_page(len(source)))
    assert "lollol" not in article.text
    assert ARTICLE_SENTENCE in article.text


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    yield server
    server.close()


def _references(target: str) -> str:
    """A normal article page pointing at `target` in every way a page can."""
    head = (
        f'<?xml-stylesheet type="text/xsl" href="{target}"?>'
        f'<!DOCTYPE html SYSTEM "{target}" [<!ENTITY ext SYSTEM "{target}">'
        f'<!ENTITY % pe SYSTEM "{target}"> %pe;]>'
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><base href="{target}">'
        f'<meta http-equiv="refresh" content="0; url={target}">'
        f'<link rel="stylesheet" href="{target}"><script src="{target}"></script>'
        f'<meta property="og:image" content="{target}">'
        f"<style>@import url({target}); body {{ background: url('{target}') }}</style>"
    )
    body = (
        f'<p>&ext;</p><xi:include href="{target}" parse="text"/>'
        f'<img src="{target}" srcset="{target} 2x"><iframe src="{target}"></iframe>'
        f'<object data="{target}"></object><embed src="{target}">'
        f'<svg><image href="{target}"/><use xlink:href="{target}"/></svg>'
        f'<video poster="{target}"><source src="{target}"></video>'
        f'<form action="{target}"></form><a href="{target}">link</a>'
    )
    return with_article(body).replace("<html><head>", head, 1)


def test_nothing_is_fetched_or_read(listener: socket.socket, tmp_path: Path) -> None:
    secret = "SECRET-4f1c9e2a-never-in-output"
    target_file = tmp_path / "secret.txt"
    target_file.write_text(secret, encoding="utf-8")
    port = listener.getsockname()[1]
    targets = [
        f"http://127.0.0.1:{port}/x",
        f"file://{target_file}",
        str(target_file),
        f"ftp://127.0.0.1:{port}/x",
    ]
    for target in targets:
        page = _references(target)
        for source in (page, page.encode("utf-8")):
            for kind in ("auto", "html", "text"):
                article = extract_clean(source, url=target, kind=kind)  # type: ignore[arg-type]
                assert secret not in article.to_json()
        article = extract_clean(page, url=f"http://127.0.0.1:{port}/page.html")
        assert ARTICLE_SENTENCE in article.text
    with pytest.raises(BlockingIOError):
        listener.accept()  # no connection ever reached the port


# -- odd pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        "<html><frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'></frameset>"
        "<noframes><p>Your browser does not support frames.</p></noframes></html>",
        "<svg xmlns='http://www.w3.org/2000/svg'><text x='0' y='15'>SVG text</text>"
        "<script>alert(1)</script></svg>",
        "<math><mi>x</mi><mo>=</mo><mn>1</mn></math>",
        "<html><body><script>var story = '" + "x" * 5000 + "';</script></body></html>",
        "<html><head><script>document.write('<p>"
        + ARTICLE_SENTENCE
        + "</p>')</script></head></html>",
        "<html><body><template><p>" + ARTICLE_SENTENCE + "</p></template></body></html>",
        "<html><body><noscript><p>Please enable JavaScript.</p></noscript></body></html>",
        "<html><body><iframe srcdoc='<p>inner</p>'></iframe></body></html>",
        "<html><body><table><tr><td><table><tr><td>cell</td></tr></table></td></tr></table>",
        "<plaintext><p>" + ARTICLE_SENTENCE,
        "<?xml version='1.0' encoding='utf-8'?><rss><channel><item><title>T</title>"
        "<description>" + ARTICLE_SENTENCE + "</description></item></channel></rss>",
        '{"headline": "JSON served as HTML", "articleBody": "' + ARTICLE_SENTENCE + '"}',
    ],
    ids=[
        "frameset",
        "svg",
        "math",
        "script-only",
        "document-write",
        "template",
        "noscript",
        "iframe-srcdoc",
        "nested-tables",
        "plaintext",
        "rss",
        "json",
    ],
)
def test_odd_pages(page: str) -> None:
    article = extract_clean(page)
    assert "alert(" not in article.text
    assert "var story" not in article.text


# -- right-to-left and CJK --------------------------------------------------------------

RTL_CJK = {
    "ar": "وافق المجلس البلدي على الميزانية الجديدة بعد نقاش طويل مساء الثلاثاء في العاصمة.",
    "he": "מועצת העיר אישרה ביום שלישי את התקציב החדש לאחר דיון ארוך שנמשך עד הערב.",
    "zh": "市议会周二晚上经过长时间辩论后批准了新的预算，其中包括学校和公共交通的新支出。",
    "ja": "市議会は火曜日の夜、長い議論の末に学校と交通への支出を含む新しい予算を承認した。",
    "ko": "시의회는 화요일 저녁 긴 토론 끝에 학교와 대중교통 지출을 늘리는 새 예산을 승인했다.",
}


@pytest.mark.parametrize("language", sorted(RTL_CJK))
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "legacy"])
def test_rtl_and_cjk(language: str, encoding: str) -> None:
    sentence = RTL_CJK[language]
    direction = " dir='rtl'" if language in ("ar", "he") else ""
    page = (
        f"<html lang='{language}'{direction}><head><meta charset='{{charset}}'></head><body>"
        f"<article><h1>{sentence[:20]}</h1>" + f"<p>{sentence}</p>" * 4 + "</article></body></html>"
    )
    legacy = {"ar": "cp1256", "he": "cp1255", "zh": "gb18030", "ja": "shift_jis", "ko": "euc-kr"}
    charset = legacy[language] if encoding == "legacy" else encoding
    source = page.replace("{charset}", charset if encoding == "legacy" else "utf-8")
    article = extract_clean(source.encode(codecs.lookup(charset).name))
    assert sentence in article.text


# -- heavy: full size, in a subprocess that measures time and peak memory -----------------

_RUNNER = """
import json, resource, sys, time
sys.path.insert(0, {tests!r})
import hostile_inputs, newsextract

def timed(source, kind):
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        article = newsextract.extract(source, kind=kind)
        best = min(best, time.process_time() - start)
        if best > 1:
            break
    return article, best

timed(hostile_inputs.normal_page(20_000), "auto")  # load what is imported lazily
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
source = getattr(hostile_inputs, {builder!r})(*{args!r})
article, elapsed = timed(source, {kind!r})
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
reference = None
if {reference!r}:
    name, reference_args = {reference!r}
    reference = timed(getattr(hostile_inputs, name)(*reference_args), {kind!r})[1]
print(json.dumps({{
    "elapsed": elapsed, "reference": reference, "size": len(source),
    "memory": (peak - base) * 1024, "warnings": article.warnings,
    "found": hostile_inputs.ARTICLE_SENTENCE in article.text,
}}))
"""


def run_isolated(
    builder: str,
    *args: Any,
    kind: str = "auto",
    reference: tuple[str, tuple[Any, ...]] | None = None,
    timeout: float = 10 * MAX_SECONDS,
) -> dict[str, Any]:
    """Build `builder(*args)` and extract it in a fresh interpreter: time (and the time of
    a `reference` input), peak memory growth (ru_maxrss, which counts libxml2's memory too)
    and whether the article survived. A hang fails the test instead of stalling the suite."""
    code = _RUNNER.format(
        tests=str(TESTS), builder=builder, args=args, kind=kind, reference=reference
    )
    command = [sys.executable, "-c", code]
    try:
        done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{builder}{args!r:.80} still running after {timeout:.0f} s")
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


HEAVY = [
    pytest.param("big_page", (20_000_000,), id="normal-20MB"),
    pytest.param("deep_nesting", (100_000,), id="nesting-100k"),
    pytest.param("wide_tree", (1_000_000, "li"), id="li-1M"),
    pytest.param("wide_tree", (1_000_000, "br"), id="br-1M"),
    pytest.param("long_line", (10_000_000,), id="line-10MB"),
    pytest.param("attribute_bomb", (1_000_000,), id="attributes-1M"),
    pytest.param("data_uri", (10_000_000,), id="data-uri-10MB"),
]


@pytest.mark.heavy
@pytest.mark.parametrize(("builder", "args"), HEAVY)
def test_heavy_inputs_within_time_and_memory(builder: str, args: tuple[Any, ...]) -> None:
    result = run_isolated(builder, *args)
    assert result["found"], result
    assert result["elapsed"] < MAX_SECONDS, result
    # the bound is for a 20 MB page; smaller inputs get the same absolute budget
    assert result["memory"] < MAX_MEMORY_RATIO * max(result["size"], 20_000_000), result


@pytest.mark.heavy
def test_heavy_20mb_page_memory() -> None:
    """Peak memory for a normal 20 MB page stays under 25x its size (its time is checked in
    test_heavy_inputs_within_time_and_memory[normal-20MB])."""
    result = run_isolated("big_page", 20_000_000, timeout=30 * MAX_SECONDS)
    assert result["found"], result
    assert result["memory"] < MAX_MEMORY_RATIO * result["size"], result


# -- untrusted fields: JSON-LD, dates, URLs, meta values (a broken field loses the field) ---

_WEIRD_STRINGS = (
    "",
    " ",
    "x" * 100_000,
    "http://[::1",
    "x://[::1",
    "//[::1]x",
    "http://example.com:99999999/",
    "http://%zz",
    "javascript:alert(1)",
    "\ud800",
    "\x00",
    "2019-13-45T99:99:99+99:99",
    "9999999999999",
    "99999999999999999999999",
    "-1",
    "1e308",
    "0" * 10_000,
    "2019-11-19" * 5_000,
    "19 listopada 2019 " * 1_000,
    "2019年11月19日" * 2_000,
    "(" * 20_000,
    '"' * 20_000,
    "https://" + "a." * 20_000 + "com",
    "By " + "John Smith and " * 2_000,
    "２０１９年１１月１９日",
    "\u202e/evil",
)
_WEIRD_VALUES: tuple[Any, ...] = (
    *_WEIRD_STRINGS,
    None,
    True,
    0,
    10**30,
    1.5,
    [],
    {},
    [[[[[["deep"]]]]]],
    {"@value": None},
    {"name": ["a", {"b": 1}]},
    {"url": {"url": {"url": "x"}}},
    {"@type": ["NewsArticle", 5, None]},
    [{"@type": "Person", "name": "x" * 50_000}],
)
_LD_KEYS = (
    "headline",
    "name",
    "author",
    "datePublished",
    "dateModified",
    "image",
    "url",
    "mainEntityOfPage",
    "publisher",
    "articleSection",
    "keywords",
    "isAccessibleForFree",
    "inLanguage",
    "description",
    "articleBody",
    "@type",
    "@graph",
    "mainEntity",
)
_META_KEYS = (
    "og:title",
    "og:url",
    "og:image",
    "article:published_time",
    "article:modified_time",
    "author",
    "date",
    "og:site_name",
    "keywords",
    "article:section",
    "og:locale",
)


def _attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace("'", "&#39;")


@st.composite
def _page_with_hostile_fields(draw: st.DrawFn) -> tuple[str, str | None]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle"}
    for key in draw(st.lists(st.sampled_from(_LD_KEYS), min_size=1, max_size=5)):
        ld[key] = draw(st.sampled_from(_WEIRD_VALUES))
    metas = "".join(
        f"<meta property='{key}' content='{_attribute(draw(st.sampled_from(_WEIRD_STRINGS)))}'>"
        for key in draw(st.lists(st.sampled_from(_META_KEYS), max_size=4))
    )
    weird = _attribute(draw(st.sampled_from(_WEIRD_STRINGS)))
    extra = draw(
        st.sampled_from(
            [
                f"<link rel='canonical' href='{weird}'>",
                f"<link rel='next' href='{weird}'>",
                f"<base href='{weird}'>",
                f"<time datetime='{weird}'>{weird[:3000]}</time>",
                f"<p class='byline'>By {weird[:20_000]}</p>",
                f"<img src='{weird}'>",
            ]
        )
    )
    script = json.dumps(ld, ensure_ascii=False)
    page = with_article(extra).replace(
        "</head>", f"{metas}<script type='application/ld+json'>{script}</script></head>", 1
    )
    url = draw(st.sampled_from([None, "http://example.com/2019/11/19/x", *_WEIRD_STRINGS[:12]]))
    return page, url


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_page_with_hostile_fields())
def test_hostile_fields_lose_the_field_not_the_page(case: tuple[str, str | None]) -> None:
    page, url = case
    article = extract_clean(page, url=url)
    assert ARTICLE_SENTENCE in article.text


@pytest.mark.parametrize(
    ("levels", "kind"), [(100_000, "array"), (20_000, "object"), (300, "array")]
)
def test_deeply_nested_json_ld_is_no_crash(levels: int, kind: str) -> None:
    article = extract_clean(nested_json_ld(levels, kind))
    assert ARTICLE_SENTENCE in article.text


@pytest.mark.parametrize(
    "url", ["x://[::1", "http://example.com:99999999/a", "//[::1]/a", "http://[::1"]
)
def test_malformed_urls_in_the_page_lose_the_field(url: str) -> None:
    page = with_article("").replace(
        "</head>",
        f"<link rel='canonical' href='{url}'><meta property='og:image' content='{url}'></head>",
    )
    for base in (url, "http://example.com/a", None):
        article = extract_clean(page, url=base)
        assert ARTICLE_SENTENCE in article.text


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        # a weekday beside a numeric date with a zero part: no month 0 once day and month swap
        ("Tuesday, 00.06.2012", None),
        ("Tuesday, 06/00/2012", None),
        # letters a case-blind regex reads as "s" and "i" but lower case keeps apart
        ("Tueſday, 11.06.2012", datetime(2012, 11, 6)),
        ("FRİDAY, 11.06.2012", datetime(2012, 6, 11)),
        ("Auguſt 5, 2012", datetime(2012, 8, 5)),
        ("APRİL 5, 2012", datetime(2012, 4, 5)),
    ],
)
def test_odd_date_lines_are_read_or_lost_never_an_error(
    stamp: str, published: datetime | None
) -> None:
    page = with_article(f"<div class='post-date'>{stamp}</div>")
    assert extract_clean(page).published == published
    text = f"Council approves budget\n\n{stamp}\n\n{ARTICLE_SENTENCE}\n"
    assert ARTICLE_SENTENCE in extract_clean(text, kind="text").text


# -- decompression bombs, in process (the heavy contract test measures them too) ------------


@pytest.mark.parametrize(
    ("builder", "args"),
    [
        (gzip_bomb, ("The council met. ", 1_000_000_000)),
        (gzip_bomb, ("<br>", 200_000_000)),
        (gzip_bomb, ("The council met. ", 1_000_000_000, 3)),
        (gzip_bomb, ("The council met. ", 200_000_000, 1, 15)),
        (gzip_bomb_as_text, ("The council met. ", 200_000_000)),
    ],
    ids=["gzip", "gzip-br", "gzip-3-layers", "zlib", "gzip-as-text"],
)
def test_decompression_bombs_return_within_the_contract(builder: Any, args: Any) -> None:
    bomb = builder(*args)
    start = time.process_time()
    article = extract_clean(bomb)
    elapsed = time.process_time() - start
    assert elapsed < contract_budget(len(bomb))[0] * TIME_FACTOR, f"{elapsed:.2f} s"
    assert any("decompression bomb" in warning for warning in article.warnings)


# -- CJK in three encodings, charset lies ------------------------------------------------------


@pytest.mark.parametrize("language", sorted(CJK_NEWS))
@pytest.mark.parametrize("form", ["str", "utf-8", "legacy", "legacy-undeclared", "legacy-lying"])
def test_short_cjk_news_keeps_its_body(language: str, form: str) -> None:
    charset, _, paragraphs = CJK_NEWS[language]
    page = cjk_page(language)
    if form == "str":
        source: str | bytes = page
    elif form == "utf-8":
        source = page.replace(f"charset='{charset}'", "charset='utf-8'").encode()
    elif form == "legacy":
        source = page.encode(charset)
    elif form == "legacy-undeclared":
        source = page.replace(f"<meta charset='{charset}'>", "").encode(charset)
    else:
        source = page.replace(f"charset='{charset}'", "charset='iso-8859-1'").encode(charset)
    article = extract_clean(source)
    assert article.page_kind is PageKind.ARTICLE
    for paragraph in paragraphs:
        assert paragraph in article.text
    assert COOKIE_NOTICE not in article.text


@pytest.mark.parametrize(
    ("encoding", "lie"),
    [
        ("cp1251", "iso-8859-1"),
        ("koi8-r", "windows-1251"),
        ("cp1251", "koi8-r"),
        ("iso-8859-7", "iso-8859-1"),
        ("cp1252", "windows-1251"),
        ("cp1250", "iso-8859-1"),
    ],
)
def test_lying_charset_declaration_keeps_the_body(encoding: str, lie: str) -> None:
    russian = "Мэрия Москвы во вторник объявила о пересмотре тарифов на общественный транспорт."
    sentences = {
        "cp1251": russian,
        "koi8-r": russian,
        "iso-8859-7": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό της πόλης.",
        "cp1252": "Le conseil municipal a approuvé mardi un budget qui augmente les dépenses.",
        "cp1250": "Rada miasta zatwierdziła we wtorek nowy budżet po długiej i burzliwej debacie.",
    }
    sentence = sentences[encoding]
    page = with_article(f"<p>{sentence}</p>" * 3).replace(
        "<head>", f"<head><meta charset='{lie}'>", 1
    )
    article = extract_clean(page.encode(encoding))
    assert sentence in article.text
    if encoding != "cp1250":  # Polish read as Latin-1 differs in a letter or two only
        assert any("mojibake" in warning for warning in article.warnings)


# -- markup never closed -----------------------------------------------------------------------

_PARAGRAPHS_UNCLOSED = "".join(
    f"<p>{sentence}" for sentence in (ARTICLE_SENTENCE, TEASERS[0][1], TEASERS[1][1])
)


@pytest.mark.parametrize(
    "page",
    [
        never_closed(),
        f"<title>Council approves budget<h1>Council{_PARAGRAPHS_UNCLOSED}",
        f"<html><head><script>var a = 1;<body><h1>Council{_PARAGRAPHS_UNCLOSED}",
        f"<html><head><style>p {{ color: red }}<body>{_PARAGRAPHS_UNCLOSED}",
        f"<html><head><!-- analytics <body>{_PARAGRAPHS_UNCLOSED}",
        f'<html><body><div class="article>{_PARAGRAPHS_UNCLOSED}',
        f"<html><body><form><textarea>comment{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><iframe src=x>{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><noscript><img src=x>{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><svg><h1>Council{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><math><h1>Council{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><template><h1>Council{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><select><option>a<h1>Council{_PARAGRAPHS_UNCLOSED}",
        f"<html><body><plaintext>{_PARAGRAPHS_UNCLOSED}",
        "<html><body><h1>Council approves budget "
        + " ".join((ARTICLE_SENTENCE, TEASERS[0][1], TEASERS[1][1])),
        "<html><body><h1>Council approves budget"
        + "".join(f"<span><b>{p}" for p in (ARTICLE_SENTENCE, TEASERS[0][1], TEASERS[1][1])),
    ],
    ids=[
        "nothing-closed",
        "title",
        "script",
        "style",
        "comment",
        "quote",
        "textarea",
        "iframe",
        "noscript",
        "svg",
        "math",
        "template",
        "select",
        "plaintext",
        "h1",
        "inline",
    ],
)
def test_markup_never_closed_keeps_the_story(page: str) -> None:
    article = extract_clean(page)
    assert ARTICLE_SENTENCE in article.text
    assert article.page_kind is PageKind.ARTICLE


# -- consent walls, soft 404s --------------------------------------------------------------


@pytest.mark.parametrize("markup", ["platform", "plain"])
@pytest.mark.parametrize("language", sorted(CONSENT_TEXT))
def test_consent_wall(language: str, markup: str) -> None:
    article = extract_clean(consent_wall(language, markup))
    assert article.page_kind is PageKind.CONSENT
    assert article.text == ""
    assert article.blocks == ()
    assert any(r.reason is RemovalReason.COOKIE for r in article.boilerplate)
    assert any("consent wall" in warning for warning in article.warnings)


@pytest.mark.parametrize("language", sorted(CONSENT_TEXT))
def test_consent_banner_over_an_article_goes_and_the_article_stays(language: str) -> None:
    article = extract_clean(consent_banner_over_article(language))
    assert article.page_kind is PageKind.ARTICLE
    assert ARTICLE_SENTENCE in article.text
    assert CONSENT_TEXT[language][:40] not in article.text
    assert any(r.reason is RemovalReason.COOKIE for r in article.boilerplate)


@pytest.mark.parametrize(
    ("heading", "message"),
    [
        ("Page not found", "Sorry, the page you requested could not be found."),
        ("Oops!", "We can't find the page you're looking for."),
        ("Hoppla! Diese Seite gibt es nicht (mehr)", ""),
        ("Oups ! Cette page n’existe pas (ou plus)", ""),
        ("Lo sentimos, la página que buscas no existe", ""),
        ("404", "This page does not exist."),
    ],
)
def test_soft_404_padded_with_recommended_stories(heading: str, message: str) -> None:
    article = extract_clean(soft_404(heading, message))
    assert article.page_kind is PageKind.ERROR
    assert article.is_error_page
    assert article.text == ""
    assert article.warnings


# -- the invariant: visible prose makes a body; no body says why ------------------------------

#: One news paragraph per script: the prose a page may be written in.
PROSE = {
    "en": "The city council voted on Tuesday to approve a budget that raises spending on "
    "schools and public transport, after a debate that lasted well into the evening.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte einen Haushalt beschlossen, der "
    "mehr Geld für Schulen und den öffentlichen Nahverkehr vorsieht.",
    "fr": "Le conseil municipal a approuvé mardi un budget qui augmente les dépenses pour les "
    "écoles et les transports publics, après un long débat.",
    "ru": "Городской совет во вторник утвердил бюджет, который увеличивает расходы на школы и "
    "общественный транспорт, после долгих дебатов.",
    "el": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό, ο οποίος αυξάνει "
    "τις δαπάνες για τα σχολεία και τις συγκοινωνίες.",
    "ar": "وافق المجلس البلدي يوم الثلاثاء على ميزانية جديدة تزيد الإنفاق على المدارس والنقل "
    "العام بعد نقاش طويل استمر حتى المساء.",
    "he": "מועצת העיר אישרה ביום שלישי תקציב חדש שמגדיל את ההוצאה על בתי הספר והתחבורה "
    "הציבורית, לאחר דיון ארוך שנמשך עד הערב.",
    "hi": "नगर परिषद ने मंगलवार को लंबी बहस के बाद एक नया बजट मंजूर किया, जिसमें स्कूलों और "
    "सार्वजनिक परिवहन पर खर्च बढ़ाया गया है।",
    "zh": "市议会周二经过长时间辩论后批准了新的预算，其中增加了学校和公共交通的支出。",
    "ja": "市議会は火曜日、長い議論の末に学校と公共交通への支出を増やす新しい予算を承認した。",
    "ko": "시의회는 화요일 긴 토론 끝에 학교와 대중교통에 대한 지출을 늘리는 새 예산을 승인했다.",
    "th": "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคาร หลังการอภิปรายที่ยาวนานจนถึงค่ำ "
    "โดยเพิ่มรายจ่ายด้านโรงเรียนและการขนส่งสาธารณะ",
}
_CHROME = (
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
    "<li><a href='/sport'>Sport</a></li></ul></nav>",
    "<div class='share'><a href='#'>Share</a> <a href='#'>Tweet</a></div>",
    "<aside class='related'><h2>Related</h2><ul>"
    + "".join(f"<li><a href='/n/{i}'>{h}</a></li>" for i, (h, _) in enumerate(TEASERS))
    + "</ul></aside>",
    "<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer>",
    "<div class='ad'>Advertisement</div>",
    "<script>var tracking = {'id': 42};</script><style>.x { color: red }</style>",
    f"<div class='cookie-notice'><p>{COOKIE_NOTICE}</p></div>",
)
_WRAPPERS = (
    ("<article>", "</article>"),
    ("<div class='story-body'>", "</div>"),
    ("<main><div>", "</div></main>"),
    ("<section class='content'>", "</section>"),
    ("<div>", "</div>"),
    ("<table><tr><td>", "</td></tr></table>"),
)


@st.composite
def _news_page(draw: st.DrawFn) -> tuple[str | bytes, str]:
    language = draw(st.sampled_from(sorted(PROSE)))
    prose = PROSE[language]
    count = draw(st.integers(min_value=1, max_value=4))
    separator = draw(st.sampled_from(["p", "div", "br"]))
    if separator == "br":
        story = "<p>" + "<br><br>".join([prose] * count) + "</p>"
    else:
        story = "".join(f"<{separator}>{prose}</{separator}>" for _ in range(count))
    opening, closing = draw(st.sampled_from(_WRAPPERS))
    before = draw(st.lists(st.sampled_from(_CHROME), max_size=4))
    after = draw(st.lists(st.sampled_from(_CHROME), max_size=4))
    page = (
        f"<html lang='{language}'><head><meta charset='utf-8'><title>News</title></head><body>"
        f"{''.join(before)}{opening}<h1>News of the day</h1>{story}{closing}{''.join(after)}"
        "</body></html>"
    )
    form = draw(st.sampled_from(["str", "utf-8", "utf-16"]))
    source: str | bytes = page if form == "str" else page.encode(form)
    return source, prose


#: Found by hypothesis: readability-lxml, asked because one Arabic sentence is little prose,
#: picks the wordy English cookie notice; the fallback must not keep a consent notice alone.
_ARABIC_BETWEEN_TEASERS = (
    "<html lang='ar'><head><meta charset='utf-8'><title>News</title></head><body>"
    + _CHROME[2] * 3
    + f"<article><h1>News of the day</h1><p>{PROSE['ar']}</p></article>"
    + _CHROME[2] * 2
    + _CHROME[6]
    + "</body></html>",
    PROSE["ar"],
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_news_page())
@example(_ARABIC_BETWEEN_TEASERS)
def test_visible_prose_in_any_script_makes_a_body(case: tuple[str | bytes, str]) -> None:
    source, prose = case
    article = extract_clean(source)
    assert article.text, article.warnings
    assert prose in article.text
    assert article.page_kind is PageKind.ARTICLE


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.text(max_size=400),
        st.binary(max_size=400),
        st.builds(
            "".join,
            st.lists(
                st.sampled_from(
                    [*_CHROME, "<p>", "</div>", "<h1>Title</h1>", "<title>T", "<!--", "x", " "]
                ),
                max_size=12,
            ),
        ),
    )
)
def test_an_empty_body_says_why_and_is_no_article(source: str | bytes) -> None:
    article = extract_clean(source)
    if not article.text:
        assert article.warnings
        assert article.page_kind is not PageKind.ARTICLE
    if article.page_kind is PageKind.ARTICLE:
        assert article.text


# -- the contract, measured in a fresh interpreter (heavy) ------------------------------------


@pytest.mark.heavy
@pytest.mark.parametrize(
    ("builder", "args"),
    [pytest.param(builder, args, id=name) for name, builder, args in CONTRACT_CASES],
)
def test_contract_time_and_memory(builder: str, args: tuple[Any, ...]) -> None:
    """Every hostile case within 2 s + 0.6 s per MB of input and 50 times its size in
    memory (256 MB at least), extracted in a fresh interpreter after a warm-up."""
    try:
        result = measure_contract_case(builder, args)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{builder}{args!r:.80} still running after 120 s")
    seconds, memory = contract_budget(result["size"])
    assert result["elapsed"] < seconds * TIME_FACTOR, result
    assert result["memory"] < memory, result
    assert result["text"] or result["warnings"], result
