"""Builders of hostile inputs and of normal pages of a given size, shared by the hostile
and property tests. Everything is generated: no test reads files outside tests/."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ARTICLE_SENTENCE = "The council approved the new budget after a long debate on Tuesday evening."

_PARAGRAPHS = (
    "The city council voted on Tuesday to approve a budget that raises spending on schools "
    "and public transport, after a debate that lasted well into the evening.",
    '"We listened to every neighbourhood," the mayor said after the vote. "This budget is '
    'the result of months of meetings."',
    "Opposition members argued that the plan relies on optimistic revenue forecasts and "
    "warned that property taxes could rise again next year if growth slows.",
    "The transport department will receive 12 million euros to extend two tram lines and "
    "to buy thirty electric buses, according to documents seen by reporters.",
    "Parents' associations welcomed the extra money for schools, which will pay for new "
    "teachers and the repair of several buildings damaged by last winter's storms.",
)


def normal_page(size: int) -> str:
    """A plausible news page of about `size` characters: chrome, one article, a sidebar,
    scripts. Big sizes repeat the article's paragraphs, as a long live blog would."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council approves budget | The Daily Example</title>"
        "<meta property='og:title' content='Council approves budget'>"
        "<script>window.dataLayer = window.dataLayer || []; var a = 1 < 2;</script>"
        "<style>body { font-family: serif } .nav a { color: #333 }</style></head><body>"
        "<header><nav class='nav'><ul>"
        + "".join(f"<li><a href='/section/{i}'>Section {i}</a></li>" for i in range(12))
        + "</ul></nav></header><main><article class='story'>"
        "<h1>Council approves budget after long debate</h1>"
        "<p class='byline'>By Jane Doe, 12 March 2024</p>"
        "<figure><img src='/img/council.jpg' alt=''><figcaption>The council chamber. "
        "Photo: John Smith/AFP</figcaption></figure>"
        f"<p>{ARTICLE_SENTENCE}</p>"
    )
    tail = (
        "</article><aside class='related'><h2>Related</h2><ul>"
        + "".join(f"<li><a href='/news/{i}'>Another story number {i}</a></li>" for i in range(8))
        + "</ul></aside></main><footer><p>© 2024 The Daily Example. All rights reserved.</p>"
        "</footer><script src='/app.js'></script></body></html>"
    )
    body: list[str] = []
    length = len(head) + len(tail)
    index = 0
    while length < size:
        paragraph = f"<p>{_PARAGRAPHS[index % len(_PARAGRAPHS)]}</p>\n"
        if index % 12 == 11:
            paragraph = f"<h2>Part {index // 12 + 1} of the debate</h2>\n" + paragraph
        body.append(paragraph)
        length += len(paragraph)
        index += 1
    return head + "".join(body) + tail


def normal_text(size: int) -> str:
    """The normal page's paragraphs as scraped text of about `size` characters."""
    paragraphs = re.findall(r"<p>(.*?)</p>", normal_page(size))
    return "\n\n".join(paragraphs)


def with_article(prefix: str, suffix: str = "") -> str:
    """A small article page with hostile markup before (and after) its text."""
    article = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<html><head><title>Council approves budget</title></head><body>"
        f"{prefix}<article><h1>Council approves budget</h1><p>{ARTICLE_SENTENCE}</p>"
        f"{article}</article>{suffix}</body></html>"
    )


def deep_nesting(levels: int) -> str:
    """The article under `levels` nested divs (libxml2 alone loses it past 256)."""
    return with_article("<div>" * levels, "</div>" * levels)


def wide_tree(siblings: int, tag: str = "li") -> str:
    """The article after a list of `siblings` items (or `<br>` when tag is "br")."""
    if tag == "br":
        return with_article("<p>" + "<br>" * siblings + "</p>")
    return with_article(f"<ul>{f'<{tag}>item' * siblings}</ul>")


def long_line(chars: int) -> str:
    """The article after one line of `chars` characters without a space."""
    return with_article("<p>" + "x" * chars + "</p>")


def attribute_bomb(attributes: int) -> str:
    """The article after one tag with `attributes` attributes (libxml2 is quadratic)."""
    names = " ".join(f"a{i}" for i in range(attributes))
    return with_article(f"<div {names}>x</div>")


def data_uri(chars: int) -> str:
    """The article beside an image whose src is a `chars`-character data: URI."""
    return with_article(f"<p><img src='data:image/png;base64,{'A' * chars}'></p>")


def big_page(size: int) -> str:
    """A normal page of `size` characters (an alias kept for the isolated runner)."""
    return normal_page(size)


#: Runs of characters that trap careless regexes (nested quantifiers over quotes, dashes,
#: dots, attributions), as (name, unit). Each is repeated to the wanted size.
REGEX_TRAPS: tuple[tuple[str, str], ...] = (
    ("double quotes", '"'),
    ("spaced quotes", '" '),
    ("quote-word", '"a '),
    ("curly quotes", "“”"),
    ("guillemets", "« "),
    ("dashes", "-"),
    ("em dashes", "— "),
    ("dots", "."),
    ("ellipses", "… "),
    ("abbreviations", "Mr. "),
    ("said", '"Yes," said '),
    ("commas", ", "),
    ("parentheses", "("),
    ("colons", ": "),
    ("credits", "Photo: AFP / "),
    ("mixed", "\"'-.… «»—(" * 3 + " "),
    ("numbered dashes", "1) - a "),
)


def regex_trap(unit: str, size: int, html: bool) -> str:
    """`unit` repeated to `size` characters, as one paragraph of a page or as text."""
    run = unit * (size // len(unit))
    if html:
        return with_article(f"<p>{run}</p>")
    return f"{ARTICLE_SENTENCE}\n\n{run}\n\n{ARTICLE_SENTENCE}\n"


# -- compressed input -------------------------------------------------------------------


def gzip_bomb(unit: str, inflated: int, layers: int = 1, wbits: int = 31) -> bytes:
    """`unit` repeated to `inflated` bytes after an opening `<p>`, compressed at level 9
    (gzip, or zlib with `wbits=15`) and, with `layers` over 1, compressed again in gzip.
    Built by streaming, so a gigabyte bomb costs no gigabyte to build."""
    import gzip
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    chunk = (unit * (1_000_000 // len(unit) + 1))[:1_000_000].encode()
    parts = [packer.compress(b"<html><body><p>")]
    for _ in range(inflated // len(chunk)):
        parts.append(packer.compress(chunk))
    parts.append(packer.flush())
    data = b"".join(parts)
    for _ in range(layers - 1):
        data = gzip.compress(data, compresslevel=9)
    return data


def gzip_bomb_as_text(unit: str, inflated: int) -> str:
    """The bomb as a caller who read the body as Latin-1 text passes it."""
    return gzip_bomb(unit, inflated).decode("latin-1")


# -- JSON in the page -------------------------------------------------------------------


def nested_json_ld(levels: int, kind: str = "array") -> str:
    """The article page with a JSON-LD block nested `levels` deep (arrays or objects)."""
    arrays = "[" * levels + "]" * levels
    data = arrays if kind == "array" else '{"a":' * levels + "1" + "}" * levels
    script = f"<script type='application/ld+json'>{data}</script>"
    return with_article("").replace("</head>", script + "</head>", 1)


# -- regex traps over many blocks ----------------------------------------------------------


def trap_page(unit: str, size: int, blocks: int = 10) -> str:
    """The article page with `blocks` paragraphs of `unit` repeated, `size` characters in
    all: per-block work (quote search, phrase rules) on text dense with short tokens."""
    run = unit * (size // len(unit) // blocks)
    return with_article("".join(f"<p>{run}</p>" for _ in range(blocks)))


# -- markup never closed ------------------------------------------------------------------


def unclosed(opener: str, count: int) -> str:
    """The article page with `opener` (an unclosed comment, quote, title, script...)
    repeated `count` times before it: each would swallow the rest of the page."""
    return with_article(opener * count)


def never_closed() -> str:
    """The article page without a single end tag, its <title> included."""
    body = "".join(f"<p>{p}" for p in (ARTICLE_SENTENCE, *_PARAGRAPHS))
    return (
        "<html><head><meta charset=utf-8><title>Council approves budget<body>"
        f"<div class=article><h1>Council approves budget{body}"
    )


# -- pages of other kinds ----------------------------------------------------------------

#: Short news pages in Chinese, Japanese and Korean (headline, paragraphs) and the legacy
#: charset each is served in.
CJK_NEWS = {
    "zh": (
        "gb2312",
        "北京市政府发布新规定",
        (
            "北京市政府周二宣布，从下月起将对全市公共交通票价进行调整。",
            "市交通委员会负责人表示，此次调整是为了改善服务质量。",
        ),
    ),
    "ja": (
        "shift_jis",
        "東京都、新たな交通計画を発表",
        (
            "東京都は火曜日、来月から公共交通の運賃を見直すと発表した。",
            "都の担当者は、サービスの質を高めるための措置だと説明した。",
        ),
    ),
    "ko": (
        "euc-kr",
        "서울시, 새 교통 계획 발표",
        (
            "서울시는 화요일 다음 달부터 시내버스와 지하철 기본요금을 각각 인상한다고 밝혔다.",
            "시 관계자는 서비스 질을 높이고 적자를 줄이기 위한 불가피한 조치라고 설명했다.",
        ),
    ),
}
#: An English cookie notice: prose a short CJK story must not lose to.
COOKIE_NOTICE = (
    "This website uses cookies and similar technologies to improve your experience, "
    "analyse traffic and show you relevant advertising, as described in our privacy policy."
)


def cjk_page(language: str, *, notice: bool = True) -> str:
    """A short CJK news page: menus, the story, a cookie notice in English."""
    _, headline, paragraphs = CJK_NEWS[language]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    legal = f"<div class='legal'><p>{COOKIE_NOTICE}</p></div>" if notice else ""
    return (
        f"<html lang='{language}'><head><meta charset='{CJK_NEWS[language][0]}'>"
        f"<title>{headline}</title></head><body><nav><a href='/'>Home</a> "
        f"<a href='/news'>News</a></nav><div class='main'><h1>{headline}</h1>"
        f"<div class='article'>{body}</div></div>{legal}</body></html>"
    )


#: Consent-dialog wording as the common consent platforms show it (TCF wording).
CONSENT_TEXT = {
    "en": "We and our 412 partners store and/or access information on a device, such as "
    "cookies and process personal data, such as unique identifiers and standard information "
    "sent by a device for personalised ads and content, ad and content measurement, and "
    "audience insights, as well as to develop and improve products. You may click to "
    "consent to our and our partners' processing as described above, or change your "
    "preferences before consenting.",
    "de": "Wir und unsere 239 Partner speichern und/oder greifen auf Informationen auf "
    "einem Gerät zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten für "
    "personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessung sowie Erkenntnisse "
    "über Zielgruppen. Mit Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu. "
    "Sie können Ihre Einwilligung jederzeit widerrufen.",
    "fr": "Nous et nos 842 partenaires stockons et/ou accédons à des informations sur un "
    "appareil, telles que les cookies, et traitons des données personnelles pour les "
    "publicités et le contenu personnalisés, la mesure de performance des publicités et du "
    "contenu. En cliquant sur « Tout accepter », vous consentez à ces traitements. Vous "
    "pouvez modifier vos choix à tout moment.",
    "es": "Nosotros y nuestros 300 socios almacenamos o accedemos a información en un "
    "dispositivo, tales como cookies, y procesamos datos personales para anuncios y "
    "contenido personalizados. Al hacer clic en «Aceptar», usted da su consentimiento. "
    "Puede cambiar sus preferencias en cualquier momento.",
    "it": "Noi e i nostri 500 fornitori archiviamo e/o accediamo a informazioni su un "
    "dispositivo, come i cookie, e trattiamo dati personali per annunci e contenuti "
    "personalizzati. Cliccando su «Accetta» presti il tuo consenso. Puoi modificare le tue "
    "scelte in qualsiasi momento.",
    "pt": "Nós e os nossos 600 parceiros armazenamos e/ou acedemos a informações num "
    "dispositivo, tais como cookies, e processamos dados pessoais para anúncios e conteúdos "
    "personalizados. Ao clicar em «Aceitar», dá o seu consentimento. Pode alterar as suas "
    "preferências a qualquer momento.",
    "nl": "Wij en onze 700 partners slaan informatie op een apparaat op en/of openen deze, "
    "zoals cookies, en verwerken persoonsgegevens voor gepersonaliseerde advertenties en "
    "content. Door op „Accepteren“ te klikken geeft u uw toestemming. U kunt uw voorkeuren "
    "op elk moment wijzigen.",
}


def consent_wall(language: str, markup: str = "platform") -> str:
    """A consent wall: the site's header, a consent dialog, a footer, no article.

    `markup` "platform" names the dialog as a consent platform does ("onetrust-..."),
    "plain" gives it no telling name: only its wording says what it is.
    """
    text = CONSENT_TEXT[language]
    if markup == "platform":
        dialog = (
            "<div id='onetrust-consent-sdk'><div id='onetrust-banner-sdk'>"
            f"<div id='onetrust-policy'><p id='onetrust-policy-text'>{text}</p></div>"
            "<div id='onetrust-button-group'><button>OK</button></div></div></div>"
        )
    else:
        dialog = (
            f"<div class='box'><div class='inner'><p>{text}</p><a href='/ok'>OK</a></div></div>"
        )
    return (
        f"<!DOCTYPE html><html lang='{language}'><head><title>The Daily Example</title></head>"
        f"<body><header><a href='/'>The Daily Example</a></header>{dialog}"
        "<footer><a href='/privacy'>Privacy</a> <a href='/imprint'>Imprint</a></footer>"
        "</body></html>"
    )


def consent_banner_over_article(language: str = "en") -> str:
    """A real article with a consent banner before it."""
    banner = f"<div class='notice'><p>{CONSENT_TEXT[language]}</p></div>"
    return with_article(banner)


#: Recommended stories a soft 404 is padded with: a linked headline and a teaser each.
TEASERS = (
    (
        "Storm leaves thousands without power",
        "A powerful storm swept across the region overnight, knocking down trees and power "
        "lines and leaving thousands of homes without electricity on Wednesday morning.",
    ),
    (
        "New tram line opens next month",
        "The transport department said the long-delayed tram line would open to passengers "
        "next month, two years later than planned and well over its original budget.",
    ),
    (
        "Local team wins championship",
        "The club clinched its first league title in two decades with a narrow victory on "
        "Saturday, sparking celebrations that went on late into the night across the city.",
    ),
    (
        "Museum reopens after renovation",
        "The city museum reopened its doors on Friday after a three-year renovation that "
        "added new galleries, a rooftop cafe and a learning centre for local schools.",
    ),
)


def soft_404(heading: str, message: str = "", site: str = "The Daily Example") -> str:
    """A soft 404: an error heading (and message), padded with recommended stories."""
    cards = "".join(
        f"<div class='card'><a href='/news/{i}'><h3>{h}</h3></a><p>{p}</p></div>"
        for i, (h, p) in enumerate(TEASERS)
    )
    message_html = f"<p>{message}</p>" if message else ""
    return (
        f"<!DOCTYPE html><html><head><title>{site}</title></head><body><header><nav>"
        "<a href='/'>Home</a> <a href='/politics'>Politics</a></nav></header><main>"
        f"<h1>{heading}</h1>{message_html}<div class='grid'><h2>Top stories</h2>{cards}</div>"
        "</main><footer><p>© 2024 The Daily Example</p></footer></body></html>"
    )


# -- the contract's cases ------------------------------------------------------------------

#: Hostile inputs checked against the time and memory contract of docs/guarantees.md
#: (2 s + 0.6 s per MB of input, 50 times the input size in memory), as
#: (id, builder, arguments). `tests/test_hostile.py` runs them (marked heavy) and
#: `benchmarks/hostile.py` prints their table.
CONTRACT_CASES: tuple[tuple[str, str, tuple[object, ...]], ...] = (
    ("normal-1MB", "normal_page", (1_000_000,)),
    ("normal-20MB", "big_page", (20_000_000,)),
    ("gzip-bomb-prose-1GB", "gzip_bomb", ("The council met. ", 1_000_000_000)),
    ("gzip-bomb-a-1GB", "gzip_bomb", ("a", 1_000_000_000)),
    ("gzip-bomb-br-1GB", "gzip_bomb", ("<br>", 1_000_000_000)),
    ("gzip-bomb-p-200MB", "gzip_bomb", ("<p>Word, said he.</p>", 200_000_000)),
    ("gzip-bomb-3-layers", "gzip_bomb", ("The council met. ", 1_000_000_000, 3)),
    ("zlib-bomb", "gzip_bomb", ("The council met. ", 200_000_000, 1, 15)),
    ("gzip-bomb-as-text", "gzip_bomb_as_text", ("The council met. ", 200_000_000)),
    ("json-ld-100k-arrays", "nested_json_ld", (100_000, "array")),
    ("json-ld-20k-objects", "nested_json_ld", (20_000, "object")),
    ("nesting-100k", "deep_nesting", (100_000,)),
    ("li-1M", "wide_tree", (1_000_000, "li")),
    ("br-1M", "wide_tree", (1_000_000, "br")),
    ("line-10MB", "long_line", (10_000_000,)),
    ("attributes-1M", "attribute_bomb", (1_000_000,)),
    ("data-uri-10MB", "data_uri", (10_000_000,)),
    ("trap-AFP-1MB", "trap_page", ("(AFP) ", 1_000_000)),
    ("trap-Mr-1MB", "trap_page", ("Mr. ", 1_000_000)),
    ("trap-initials-1MB", "trap_page", ("A. ", 1_000_000)),
    ("trap-cjk-1MB", "trap_page", ("中文。", 1_000_000)),
    ("trap-quotes-1MB", "trap_page", ("„Ja“, sagte er. ", 1_000_000)),
    ("trap-credits-1MB", "trap_page", ("Photo: ", 1_000_000)),
    ("unclosed-comments", "unclosed", ("<!--", 50_000)),
    ("unclosed-scripts", "unclosed", ("<script>", 50_000)),
    ("unclosed-escaped-scripts", "unclosed", ("<script><!--", 50_000)),
    ("unclosed-titles", "unclosed", ("<title>", 50_000)),
    ("unclosed-quotes", "unclosed", ('<a x="', 50_000)),
    ("unclosed-noscript", "unclosed", ("<noscript>", 50_000)),
)


def contract_budget(size: int) -> tuple[float, int]:
    """The contract's budget for an input of `size` bytes (characters for str): seconds
    (2 s + 0.6 s per MB) and bytes of memory growth (50 times the size, 256 MB at least)."""
    return 2.0 + 0.6 * size / 1e6, max(50 * size, 256_000_000)


_CONTRACT_RUNNER = """
import json, resource, sys, time
sys.path.insert(0, {tests!r})
import hostile_inputs, newsextract
newsextract.extract(hostile_inputs.normal_page(20_000))
newsextract.extract(hostile_inputs.gzip_bomb("warm", 2_000_000))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
source = getattr(hostile_inputs, {builder!r})(*{args!r})
start = time.process_time()
article = newsextract.extract(source)
elapsed = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"elapsed": elapsed, "memory": (peak - base) * 1024, "size": len(source),
    "kind": article.page_kind.value, "text": bool(article.text), "warnings": article.warnings,
    "found": hostile_inputs.ARTICLE_SENTENCE in article.text}}))
"""


def measure_contract_case(
    builder: str, args: tuple[Any, ...], timeout: float = 120
) -> dict[str, Any]:
    """Build `builder(*args)` and extract it in a fresh interpreter, after a warm-up (so
    imports are not counted): the time of `extract`, the growth of the peak resident size
    (libxml2's memory and the input's included), the input's size and what came out.

    Raises `subprocess.TimeoutExpired` past `timeout` and `RuntimeError` when the child fails.
    """
    code = _CONTRACT_RUNNER.format(tests=str(Path(__file__).parent), builder=builder, args=args)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:] or "failed")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
