"""Articles for people: Markdown, plain text, and HTML for notebooks.

Three renderings of one `Article`, each a pure function of it:

- `to_markdown`: the story as a Markdown document — headline as ``#``, standfirst in bold,
  subheads as ``##``, block quotes as ``>``, captions in italics followed by their credit,
  list items as ``-``, tables as GFM tables, code fenced, credit lines at the end; with
  ``links=True`` the blocks' links and emphasis too.
  A standfirst that merely repeats the opening of the first paragraph (a page description
  often does) is not shown twice, here or in the other renderings.
- `to_text`: the story as plain text — headline, standfirst, the body blocks in reading
  order, credit lines at the end, separated by blank lines. Captions are left out: they
  describe pictures that plain text does not carry (they stay in `Article.captions`).
- `to_html`: a self-contained HTML fragment for notebooks (what `show(article)` displays): the
  headline and a metadata line, the blocks with their kind shown, links and emphasis in
  place, tables as tables, quotes underlined in place and listed with their speakers, a live
  blog's entries, the images, a listing's teasers, and the removed boilerplate folded away
  with its reasons.

`articles_table_html` and `articles_table_markdown` render many Articles as one compact
table, one row per article. `show` wraps one Article so a notebook displays it in full, or a
sequence of Articles so a notebook displays that table. (The `Article` type itself knows
nothing of presentation: the model never imports this module.)

Page text is untrusted: a page may carry ``<script>`` in a caption or a quote. In HTML every
piece of it goes through `html.escape`, attribute values included, and only http(s) and
mailto addresses become links (a ``javascript:`` URL stays inert text); images are listed,
never loaded. In Markdown, characters that would
start markup (``*``, ``_``, backquotes, brackets, and list, heading or quote markers at the
start of a line) are backslash-escaped, and ``<`` and entity references are written as
entities, so raw HTML in page text never reaches a Markdown renderer as HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from newsextract.errors import refuse_one
from newsextract.model import BODY_KINDS, Article, Block, BlockKind, Caption, Quote
from newsextract.output.inline import (
    Span,
    html_spans,
    html_table,
    markdown_spans,
    markdown_table,
    nested,
    written,
)

#: Kinds rendered as one Markdown/HTML group when they follow each other (a list, a table).
_GROUPED_KINDS = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE})

#: A standfirst whose opening this long appears at the start of a body block (within twice
#: this many characters, room for a dateline) repeats that block and is not shown again.
#: Long enough that two different sentences do not share it. On the readability dev pages,
#: 15 of 39 standfirsts (page descriptions) repeat the first paragraph (one after a dateline)
#: and one repeats the headline.
STANDFIRST_ECHO_CHARS = 60

#: Titles longer than this are cut in table cells, so one row stays one line on a laptop
#: screen (about half of a 160-column notebook cell).
TABLE_TITLE_CHARS = 80

# Markdown: characters that open inline markup anywhere in a line, and what opens a block at
# the start of a line. ``<`` and the ``&`` of an entity reference become entities rather than
# backslash escapes: every Markdown flavour decodes entities, while ``\<`` is an escape only
# in CommonMark (Python-Markdown would pass ``\<script>`` through as a tag).
_MD_INLINE = re.compile(r"[\\`*_\[\]<]|&(?=#?\w+;)")
_MD_ENTITIES = {"<": "&lt;", "&": "&amp;"}
_MD_BLOCK_START = re.compile(r"[#>+~-]|\d{1,9}(?=[.)])")


# --------------------------------------------------------------------------------------------
# Markdown and plain text
# --------------------------------------------------------------------------------------------


def to_markdown(article: Article, *, links: bool = False) -> str:
    """The article as a Markdown document (empty string for an empty article).

    With ``links=True`` each block's links are written ``[text](url)`` (http(s) and mailto
    only) and its emphasis ``**bold**`` / ``*italic*``.

    >>> from newsextract import Article, Block, BlockKind
    >>> article = Article(title="Rain *again*", blocks=(
    ...     Block(BlockKind.PARAGRAPH, "It rained."),
    ...     Block(BlockKind.SUBHEAD, "What next"),
    ...     Block(BlockKind.CREDIT, "(AFP)"),
    ... ))
    >>> print(to_markdown(article))
    # Rain \\*again\\*
    <BLANKLINE>
    It rained.
    <BLANKLINE>
    ## What next
    <BLANKLINE>
    (AFP)
    """
    check_article(article, "to_markdown")
    captions = _captions_by_block(article)
    parts = [f"# {_md_heading(article.title)}"] if article.title else []
    standfirst = _standfirst(article)
    if standfirst:
        parts.append(f"**{_md_line(standfirst)}**")
    credits: list[str] = []
    for kind, run in _runs(article):
        if kind == BlockKind.CREDIT:
            credits += [_md_line(block.text) for _, block in run]
        elif kind == BlockKind.CAPTION:
            parts += [_md_caption(captions.get(index), block) for index, block in run]
        else:
            parts += _md_blocks(kind, [block for _, block in run], links=links)
    return "\n\n".join(parts + credits)


def to_text(article: Article) -> str:
    """The article as plain text: headline, standfirst, body blocks, credit lines.

    Blocks are separated by blank lines; captions are left out (see `Article.captions`).

    >>> from newsextract import Article, Block, BlockKind
    >>> print(to_text(Article(title="Rain", blocks=(
    ...     Block(BlockKind.CAPTION, "A wet street."),
    ...     Block(BlockKind.PARAGRAPH, "It rained."),
    ...     Block(BlockKind.CREDIT, "(AFP)"),
    ... ))))
    Rain
    <BLANKLINE>
    It rained.
    <BLANKLINE>
    (AFP)
    """
    check_article(article, "to_text")
    body = [block.text for _, block in _body_blocks(article) if block.kind in BODY_KINDS]
    credits = [block.text for block in article.blocks if block.kind == BlockKind.CREDIT]
    head = [part for part in (article.title, _standfirst(article)) if part]
    return "\n\n".join(head + body + credits)


def _standfirst(article: Article) -> str | None:
    """The standfirst to show under the headline, or None when the body already shows it.

    A standfirst taken from the page's description often repeats the headline, or the first
    paragraph (after its dateline), or its opening cut with an ellipsis; shown again, the
    reader would read it twice.
    """
    standfirst = article.standfirst
    if not standfirst or _one_line(standfirst) == _one_line(article.title or ""):
        return None
    opening = _one_line(standfirst).rstrip(".…").strip()[:STANDFIRST_ECHO_CHARS]
    echoed = any(
        block.kind != BlockKind.STANDFIRST and _opens_with(block.text, opening)
        for block in article.blocks
    )
    return None if echoed else standfirst


def _opens_with(text: str, opening: str) -> bool:
    """Whether `opening` is among the first characters of `text` (room for a dateline)."""
    head = _one_line(text[: 4 * STANDFIRST_ECHO_CHARS])  # enough to hold 2x after folding
    return opening in head[: 2 * STANDFIRST_ECHO_CHARS]


def _body_blocks(article: Article) -> Iterator[tuple[int, Block]]:
    """The blocks with their index, minus a standfirst block already shown as the standfirst."""
    shown = _standfirst(article)
    for index, block in enumerate(article.blocks):
        if not (block.kind == BlockKind.STANDFIRST and block.text == shown):
            yield index, block


def _runs(article: Article) -> Iterator[tuple[BlockKind, list[tuple[int, Block]]]]:
    """Body blocks grouped into runs of one kind (a list, a table), others one by one."""
    for (kind, _), run in groupby(
        _body_blocks(article),
        key=lambda item: (item[1].kind, item[1].kind in _GROUPED_KINDS or item[0]),
    ):
        yield kind, list(run)


def _captions_by_block(article: Article) -> dict[int, Caption]:
    return {c.block: c for c in article.captions if c.block is not None}


def _md_blocks(kind: BlockKind, blocks: list[Block], *, links: bool = False) -> list[str]:
    """Markdown for a run of blocks of one kind (one element per Markdown block)."""

    def line(block: Block) -> str:
        return _md_spanned(block) if links else _md_line(block.text)

    if kind == BlockKind.LIST_ITEM:
        return ["\n".join(f"- {line(b)}" for b in blocks)]
    if kind == BlockKind.TABLE:
        return [_md_table(blocks)]
    if kind == BlockKind.CODE:
        return [_md_fence(b.text) for b in blocks]
    if kind == BlockKind.SUBHEAD:
        return [f"## {_md_heading(b.text)}" for b in blocks]
    if kind == BlockKind.QUOTE:
        return [f"> {line(b)}" for b in blocks]
    if kind == BlockKind.STANDFIRST:  # a second standfirst block, in place
        return [f"**{_md_line(b.text)}**" for b in blocks]
    return [line(b) for b in blocks]


def _md_table(blocks: list[Block]) -> str:
    """A GFM table of each block's rows (the first row its header); a block without cells
    (a table's title from its <figure> caption, a hand-built Article, a text page) as plain
    lines joined by hard line breaks."""
    if not any(b.rows for b in blocks):
        rows = [row for b in blocks for row in b.text.split("\n\n")]
        return "\\\n".join(_md_line(row) for row in rows)
    return "\n\n".join(
        markdown_table(b.rows, _md_inline) if b.rows else _md_table([b]) for b in blocks
    )


def _md_spanned(block: Block) -> str:
    """A block's Markdown with its links and emphasis (plain when its text is not one line,
    as offsets into folded whitespace would be wrong)."""
    spans = markdown_spans(block)
    if not spans or _one_line(block.text) != block.text:
        return _md_line(block.text)
    line = written(block.text, spans, _md_inline)
    return line if spans[0].start == 0 else _escaped_block_start(line)


def _md_caption(caption: Caption | None, block: Block) -> str:
    """``*caption text* — credit``; the block's own text when no `Caption` points at it."""
    text, credit = (caption.text, caption.credit) if caption else (block.text, None)
    parts = [f"*{_md_inline(_one_line(text))}*"] if text.strip() else []
    parts += [_md_inline(_one_line(credit))] if credit else []
    return " — ".join(parts)


def _md_fence(text: str) -> str:
    """A fenced code block, its fence longer than any run of backquotes in the code."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def _md_line(text: str) -> str:
    """One Markdown paragraph of page text, with block markers at its start escaped."""
    return _escaped_block_start(_md_inline(_one_line(text)))


def _escaped_block_start(line: str) -> str:
    """The line with a marker that would open a block at its start escaped: ``#`` ->
    ``\\#``; ``12`` (of ``12.``) -> ``12\\`` so that the dot is escaped."""
    marker = _MD_BLOCK_START.match(line)
    if marker is None:
        return line
    found = marker.group()
    escaped = found + "\\" if found.isdigit() else "\\" + found
    return escaped + line[marker.end() :]


def _md_heading(text: str | None) -> str:
    """Heading text: every ``#`` escaped, or a trailing one would close the heading."""
    return _md_inline(_one_line(text or "")).replace("#", "\\#")


def _md_inline(text: str) -> str:
    return _MD_INLINE.sub(lambda m: _MD_ENTITIES.get(m.group()) or "\\" + m.group(), text)


def _one_line(text: str) -> str:
    """Whitespace collapsed: Markdown would fold it anyway, and a newline could open a block."""
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# HTML for notebooks
# --------------------------------------------------------------------------------------------

_MUTED = "opacity:.7;font-size:.85em"
_LABEL_STYLE = "font-size:.7em;text-transform:uppercase;letter-spacing:.05em;opacity:.6"
_QUOTE_MARK = "border-bottom:1px dotted currentColor"


def to_html(article: Article) -> str:
    """A self-contained HTML fragment showing the article with its blocks typed.

    Every piece of page text is escaped, so hostile pages cannot inject markup:

    >>> from newsextract import Article, Block, BlockKind
    >>> fragment = to_html(Article(title="<script>alert(1)</script>"))
    >>> "<script" in fragment, "&lt;script&gt;" in fragment
    (False, True)
    """
    check_article(article, "to_html")
    captions = _captions_by_block(article)
    quotes = _quotes_by_block(article)
    parts = [
        '<div class="newsextract-article" style="line-height:1.45;max-width:48em">',
        f'<div style="font-size:1.35em;font-weight:600">{_esc(article.title or "(no title)")}'
        "</div>",
        f'<div style="{_MUTED}">{" · ".join(_esc(item) for item in _meta_items(article))}</div>',
    ]
    standfirst = _standfirst(article)
    if standfirst:
        parts.append(f"<p><strong>{_esc(standfirst)}</strong></p>")
    for kind, run in _runs(article):
        parts.append(_html_run(kind, run, captions, quotes))
    parts.append(_html_entries(article))
    parts.append(_html_images(article))
    parts.append(_html_teasers(article))
    parts.append(_html_quotes(article.quotes))
    parts.append(_html_removed(article))
    parts.append(_html_warnings(article.warnings))
    parts.append("</div>")
    return "\n".join(part for part in parts if part)


def _meta_items(article: Article) -> list[str]:
    """The metadata line: what kind of page, who, when, where, in what language."""
    items = [article.page_kind.value + (" (error page)" if article.is_error_page else "")]
    items += [article.site_name] if article.site_name else []
    items += [f"by {', '.join(article.authors)}"] if article.authors else []
    if article.published:
        items.append(f"published {article.published.isoformat(sep=' ', timespec='minutes')}")
    if article.modified:
        items.append(f"modified {article.modified.isoformat(sep=' ', timespec='minutes')}")
    items += [f"language {article.language}"] if article.language else []
    items += [f"agencies {', '.join(article.agencies)}"] if article.agencies else []
    url = article.canonical_url or article.url
    items += [url] if url else []
    items += [f"next page {article.next_page_url}"] if article.next_page_url else []
    items.append(f"{_body_words(article)} words")
    return items


def _quotes_by_block(article: Article) -> dict[int, list[Quote]]:
    by_block: dict[int, list[Quote]] = {}
    for quote in sorted(article.quotes, key=lambda q: (q.block, q.start)):
        by_block.setdefault(quote.block, []).append(quote)
    return by_block


def _html_run(
    kind: BlockKind,
    run: list[tuple[int, Block]],
    captions: dict[int, Caption],
    quotes: dict[int, list[Quote]],
) -> str:
    """HTML for a run of blocks of one kind; quotes are marked inside their block's text."""
    if kind == BlockKind.LIST_ITEM:
        items = "".join(f"<li>{_marked(i, b, quotes)}</li>" for i, b in run)
        return f"<ul>{items}</ul>"
    if kind == BlockKind.TABLE:
        if not any(b.rows for _, b in run):
            rows = "\n".join(_esc(b.text) for _, b in run)
            return f'{_label("table")}<pre style="margin:0 0 1em">{rows}</pre>'
        return _label("table") + "".join(
            html_table(b.rows) if b.rows else f'<pre style="margin:0 0 1em">{_esc(b.text)}</pre>'
            for _, b in run
        )
    if kind == BlockKind.CODE:
        return "".join(f"<pre><code>{_esc(b.text)}</code></pre>" for _, b in run)
    return "\n".join(_html_block(i, b, captions.get(i), quotes) for i, b in run)


def _html_block(
    index: int, block: Block, caption: Caption | None, quotes: dict[int, list[Quote]]
) -> str:
    if block.kind == BlockKind.SUBHEAD:
        return f'<div style="font-weight:600;margin:1em 0 .4em">{_esc(block.text)}</div>'
    if block.kind == BlockKind.CAPTION:
        text, credit = (caption.text, caption.credit) if caption else (block.text, None)
        by = f' <span style="{_MUTED}">— {_esc(credit)}</span>' if credit else ""
        return f"<p>{_label('caption')} <em>{_esc(text)}</em>{by}</p>"
    if block.kind == BlockKind.QUOTE:
        return (
            '<blockquote style="margin:0 0 1em 1em;padding-left:.8em;'
            f'border-left:3px solid currentColor">{_marked(index, block, quotes)}'
            "</blockquote>"
        )
    if block.kind == BlockKind.CREDIT:
        return f"<p>{_label('credit')} {_esc(block.text)}</p>"
    if block.kind == BlockKind.STANDFIRST:
        return f"<p><strong>{_esc(block.text)}</strong></p>"
    return f"<p>{_marked(index, block, quotes)}</p>"


def _marked(index: int, block: Block, quotes: dict[int, list[Quote]]) -> str:
    """The block's text escaped, its links and emphasis in place, each quote's span
    underlined with its speaker as a tooltip.

    Spans out of range or crossing another (possible in a hand-built Article) are left
    unmarked rather than trusted.
    """
    spans: list[Span] = []
    for quote in quotes.get(index, ()):
        speaker = f"said by {quote.speaker}" if quote.speaker else "speaker unknown"
        opening = f'<span style="{_QUOTE_MARK}" title="{_esc(speaker)}">'
        spans.append(Span(quote.start, quote.end, opening, "</span>"))
    spans += html_spans(block)
    return written(block.text, nested(spans, len(block.text)), _esc)


def _html_entries(article: Article) -> str:
    """A live blog's entries: time, title and text of each."""
    if not article.entries:
        return ""
    items = []
    for entry in article.entries:
        when = entry.time.isoformat(sep=" ", timespec="minutes") if entry.time else "(no time)"
        title = f" <strong>{_esc(entry.title)}</strong>" if entry.title else ""
        body = "".join(f"<p>{_marked(-1, b, {})}</p>" for b in entry.blocks)
        items.append(f'<li><span style="{_MUTED}">{_esc(when)}</span>{title}{body}</li>')
    return _details("Live entries", items, opened=True)


def _html_images(article: Article) -> str:
    """The images as a list (never loaded): URL, alt text, caption and credit."""
    if not article.images:
        return ""
    items = []
    for image in article.images:
        about = [p for p in (image.caption, image.credit and f"— {image.credit}") if p]
        alt = f' <span style="{_MUTED}">alt: {_esc(image.alt)}</span>' if image.alt else ""
        items.append(f"<li><code>{_esc(image.url)}</code> {_esc(' '.join(about))}{alt}</li>")
    return _details("Images", items, opened=False)


def _html_teasers(article: Article) -> str:
    """A listing's teaser headlines and where they link."""
    if not article.teasers:
        return ""
    items = [f"<li>{_esc(t.title)} <code>{_esc(t.url or '')}</code></li>" for t in article.teasers]
    return _details("Teasers", items, opened=True)


def _html_quotes(quotes: tuple[Quote, ...]) -> str:
    if not quotes:
        return ""
    items = [
        f"<li>“{_esc(q.text)}” — <strong>{_esc(q.speaker or '(unknown)')}</strong></li>"
        for q in quotes
    ]
    return _details("Quotes", items, opened=True)


def _html_removed(article: Article) -> str:
    if not article.boilerplate:
        return ""
    items = [
        f"<li><code>{_esc(r.reason.value)}</code> {_esc(r.text)}</li>" for r in article.boilerplate
    ]
    return _details("Removed boilerplate", items, opened=False, ordered=False)


def _html_warnings(warnings: tuple[str, ...]) -> str:
    if not warnings:
        return ""
    items = [f"<li>{_esc(w)}</li>" for w in warnings]
    return _details("Warnings", items, opened=True, ordered=False)


def _details(title: str, items: Sequence[str], *, opened: bool, ordered: bool = True) -> str:
    """A collapsible section of the notebook view: its title with the item count, and the
    `<li>` items in an ordered or unordered list."""
    tag = "ol" if ordered else "ul"
    state = " open" if opened else ""
    summary = f"<summary>{title} ({len(items)})</summary>"
    return f"<details{state}>{summary}<{tag}>{''.join(items)}</{tag}></details>"


def _label(kind: str) -> str:
    return f'<span style="{_LABEL_STYLE}">{_esc(kind)}</span>'


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------------------------
# Many articles: one compact table
# --------------------------------------------------------------------------------------------

#: The table's columns: the header shown, and the key of the cell in `_row`'s dict.
_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("site", "site"),
    ("published", "published"),
    ("lang", "language"),
    ("kind", "kind"),
    ("words", "words"),
    ("subheads", "subheads"),
    ("captions", "captions"),
    ("quotes", "quotes"),
    ("agencies", "agencies"),
    ("removed", "removed"),
)


def _row(article: Article) -> dict[str, str]:
    """The table cells of one article, as plain (unescaped) strings."""
    title = article.title or ""
    if len(title) > TABLE_TITLE_CHARS:
        title = title[: TABLE_TITLE_CHARS - 1].rstrip() + "…"
    return {
        "title": title,
        "site": article.site_name or "",
        "published": article.published.date().isoformat() if article.published else "",
        "language": article.language or "",
        "kind": article.page_kind.value,
        "words": str(_body_words(article)),
        "subheads": str(len(article.subheads)),
        "captions": str(len(article.captions)),
        "quotes": str(len(article.quotes)),
        "agencies": ", ".join(article.agencies),
        "removed": str(len(article.boilerplate)),
    }


def articles_table_html(articles: Iterable[Article]) -> str:
    """An HTML table with one row per article: title, site, date, language, counts.

    >>> from newsextract import Article
    >>> table = articles_table_html([Article(title="One"), Article(title="<b>Two</b>")])
    >>> table.count("<tr>"), "<b>" in table
    (3, False)
    """
    headers = ["#", *(h for h, _ in _COLUMNS)]
    head = "".join(f'<th style="text-align:left">{_esc(h)}</th>' for h in headers)
    rows = [
        "<tr>"
        + f"<td>{n}</td>"
        + "".join(f'<td style="text-align:left">{_esc(cells[key])}</td>' for _, key in _COLUMNS)
        + "</tr>"
        for n, cells in enumerate(map(_row, articles))
    ]
    body = "\n".join(rows)
    return f'<table class="newsextract-articles">\n<tr>{head}</tr>\n{body}\n</table>'


def articles_table_markdown(articles: Iterable[Article]) -> str:
    """A Markdown (GFM) table with one row per article, the same columns as the HTML one.

    >>> from newsextract import Article
    >>> rows = articles_table_markdown([Article(title="A | B")]).splitlines()
    >>> rows[2].startswith("| 0 | A \\\\| B |")
    True
    """
    headers = ["#", *(h for h, _ in _COLUMNS)]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for n, cells in enumerate(map(_row, articles)):
        row = [str(n), *(_md_inline(cells[key]).replace("|", "\\|") for _, key in _COLUMNS)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True, repr=False)
class ArticleTable:
    """Articles that a notebook displays as one compact table (see `show`)."""

    articles: tuple[Article, ...]

    def __repr__(self) -> str:  # the articles' own reprs would fill a terminal
        return f"ArticleTable({len(self.articles)} articles)"

    def _repr_html_(self) -> str:
        return articles_table_html(self.articles)

    def _repr_markdown_(self) -> str:
        return articles_table_markdown(self.articles)


@dataclass(frozen=True, slots=True, repr=False)
class ArticleView:
    """One Article that a notebook displays in full (see `show`)."""

    article: Article

    def __repr__(self) -> str:
        return f"ArticleView({self.article!r})"

    def _repr_html_(self) -> str:
        return to_html(self.article)

    def _repr_markdown_(self) -> str:
        return to_markdown(self.article)


def show(articles: Article | Iterable[Article]) -> ArticleView | ArticleTable:
    """Wrap an article, or many, so that a notebook displays them.

    One Article is shown in full (`to_html`: its blocks typed, quotes with their speakers,
    boilerplate folded away); a sequence as a table, one row per article. The last
    expression of a cell is displayed, so ``show(article)`` is enough:

    >>> from newsextract import Article
    >>> show([Article(title="One"), Article(title="Two")])
    ArticleTable(2 articles)
    >>> show(Article(title="One"))._repr_html_().count("One")
    1
    """
    if isinstance(articles, Article):
        return ArticleView(articles)
    return ArticleTable(articles_given(articles, "show"))


def check_article(article: object, function: str) -> None:
    """Refuse what is not an Article with a TypeError that says so (a page passed before
    it was extracted would fail deep inside, on some missing attribute)."""
    if not isinstance(article, Article):
        raise TypeError(
            f"{function} takes an Article, not {type(article).__name__} (extract the page first)"
        )


def articles_given(articles: object, function: str) -> tuple[Article, ...]:
    """The Articles a helper taking many was given, or a TypeError saying what it got: one
    Article, or a str, which iterates but holds no Articles."""
    refuse_one(articles, (Article,), function, "pass [article]")
    if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
        raise TypeError(f"{function} takes a list of Articles, not {type(articles).__name__}")
    given = tuple(articles)
    for article in given:
        check_article(article, function)
    return given


def _body_words(article: Article) -> int:
    return len(article.text.split())
