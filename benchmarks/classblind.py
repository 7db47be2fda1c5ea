"""Generalization probe: the HTML dev sets with their class and id words taken away.

    python benchmarks/classblind.py --tools newsextract,trafilatura,readability-lxml
    python benchmarks/classblind.py --sets scrapinghub --modes classid,bare --halves A
    python benchmarks/classblind.py --sets dragnet --halves A --per-page losses.tsv

Modern pages often name their elements with words that say nothing (CSS modules,
styled-components, Tailwind: ``css-1x2y3z``, ``sc-bdfBwQ``, utility classes), and sites
nobody tuned on use other words. A tool whose locate or label rules lean on the class words
of the dev sites loses F1 when those words go; a tool that reads structure, text and link
density does not. This rewrites each page of the HTML dev sets in the source text (no
parse and reserialize, so the only change is the one named) and scores every tool on the
original and on each rewrite with ``run.py``'s loading, tools and scorer:

- ``normal``: the page as it is (the same figures as ``run.py``).
- ``classid``: every class token and every id value replaced by a meaningless token made
  from a hash of the value (``k`` and nine digits, so no word list can match it), so that
  repeated classes stay repeated: structure kept, words gone. Everything else is unchanged.
- ``semantic``: also the values of ``data-*`` attributes (``data-component="article-body"``)
  hashed alike; tag names, ``role``, ``aria-*``, ``itemprop``,
  ``itemtype`` and ``itemscope`` kept: what a page written for accessibility and
  schema.org but styled by a CSS-in-JS tool looks like.
- ``bare``: also those gone: ``role``, ``aria-*``, ``itemprop``, ``itemtype``, ``itemscope``
  and ``itemid`` removed, and the HTML5 sectioning tags (``article``, ``main``, ``aside``,
  ``nav``, ``header``, ``footer``, ``section``, ``figure``, ``figcaption``) renamed ``div``:
  what is left is the text, the links, headings, paragraphs, lists and the tree shape.

JSON-LD and ``<meta>`` are left alone in every mode (they are metadata, and the body
fallbacks that read JSON-LD are class-free signals), and so are ``style`` and ``hidden``.

Prints per set a table of F1 (whole, half A, half B) per tool and mode, and the drop of
each blind mode from normal. ``--per-page FILE`` writes newsextract's per-page F1 in each
mode, the pages losing most first. Data: ``../shared/bench`` (``--shared``); exits cleanly
when it is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import HALVES, HTML_SETS, Page, bench_dir, half, load_module, load_pages
from run import TOOLS, body_scores, build_tools, render, run_tool

MODES = ("normal", "classid", "semantic", "bare")
DEFAULT_TOOLS = "newsextract,trafilatura,readability-lxml"
_KEYS = ("f1", "f1_A", "f1_B")

#: A start tag: name, then attributes up to the closing ``>`` (quoted values may hold ``>``).
_START_TAG = re.compile(r"""<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>""")
#: One attribute of a start tag: name, then an optional quoted or bare value.
_ATTRIBUTE = re.compile(r"""(\s*)([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")
#: Attributes whose value is hashed, per mode (class tokens one by one; the rest whole).
_HASHED = {
    "classid": re.compile(r"class|id"),
    "semantic": re.compile(r"class|id|data-[\w:.-]+"),
    "bare": re.compile(r"class|id|data-[\w:.-]+"),
}
#: Attributes removed in ``bare`` mode: the accessibility and schema.org vocabulary.
_BARE_DROPPED = re.compile(r"role|aria-[\w-]+|itemprop|itemtype|itemscope|itemid")
#: Tags whose name says what the element is; ``bare`` mode renames them ``div``.
_SECTIONING = frozenset(
    {"article", "main", "aside", "nav", "header", "footer", "section", "figure", "figcaption"}
)
_END_TAG = re.compile(r"</(" + "|".join(sorted(_SECTIONING)) + r")\s*>", re.IGNORECASE)


def token(value: str) -> str:
    """A meaningless, deterministic stand-in for a class or id word.

    >>> token("article-body") == token("article-body") != token("sidebar")
    True
    >>> token("article-body")[0], len(token("article-body"))
    ('k', 10)
    """
    return "k" + str(int(hashlib.sha1(value.encode()).hexdigest(), 16) % 10**9).zfill(9)


def _unquoted(raw: str) -> tuple[str, str]:
    """The attribute value without its quotes, and the quote character ('' for none)."""
    if raw[:1] in "\"'" and raw[-1:] == raw[:1] and len(raw) >= 2:
        return raw[1:-1], raw[0]
    return raw, ""


def _attribute(match: re.Match[str], mode: str) -> str:
    """One attribute rewritten for `mode` ('' when the mode drops it)."""
    space, name, raw = match.group(1), match.group(2), match.group(3)
    lowered = name.lower()
    if mode == "bare" and _BARE_DROPPED.fullmatch(lowered):
        return ""
    if raw is None or not _HASHED[mode].fullmatch(lowered):
        return match.group(0)
    value, quote = _unquoted(raw)
    if lowered == "class":
        new = " ".join(token(word) for word in value.split())
    else:
        new = token(value.strip()) if value.strip() else value
    quote = quote or '"'
    return f"{space}{name}={quote}{new}{quote}"


def _start_tag(match: re.Match[str], mode: str) -> str:
    name, attributes = match.group(1), match.group(2)
    if mode == "bare" and name.lower() in _SECTIONING:
        name = "div"
    rewritten = _ATTRIBUTE.sub(lambda m: _attribute(m, mode), attributes)
    if rewritten[:1] not in ("", "/") and not rewritten[0].isspace():
        # a dropped first attribute took the space after the name with it, and the next
        # one was written without a space of its own (minified: `<button aria-x="a"class=`)
        rewritten = " " + rewritten
    return f"<{name}{rewritten}>"


def blind(source: str, mode: str) -> str:
    """The page with its words taken away as `mode` says (``normal``: unchanged).

    >>> page = '<article class="story main" id="top"><p class="story">Hi</p></article>'
    >>> blind(page, "classid") == page.replace("story main", token("story") + " "
    ...     + token("main")).replace('"top"', f'"{token("top")}"').replace(
    ...     '"story"', f'"{token("story")}"')
    True
    >>> blind('<main role="main" itemprop="x"><p>Hi</p></main>', "bare")
    '<div><p>Hi</p></div>'
    >>> blind('<button aria-label="Menu"class="x" hidden>', "bare").startswith("<button class=")
    True
    """
    if mode == "normal":
        return source
    out = _START_TAG.sub(lambda m: _start_tag(m, mode), source)
    if mode == "bare":
        out = _END_TAG.sub("</div>", out)
    return out


#: A probe's rewrite: (page, mode) -> the page's new source.
Rewrite = Callable[[Page, str], str]


def _blind_page(page: Page, mode: str) -> str:
    return blind(page.content, mode)


def _page_f1(scorer: ModuleType, page: Page, text: str | None) -> float:
    return float(scorer.doc_shingle_scores(page.gold["body"], text)["f1"])


def _drop(normal: float | None, blind_: float | None) -> float | None:
    return None if normal is None or blind_ is None else normal - blind_


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def parse_args(
    argv: Sequence[str], modes: Sequence[str] = MODES, doc: str | None = __doc__
) -> argparse.Namespace:
    """The probe's options; `modes` are the rewrites it offers (``normal`` first)."""
    parser = argparse.ArgumentParser(
        description=doc, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", help="folder holding bench/ (default: ../shared)")
    parser.add_argument("--sets", default=",".join(HTML_SETS), help="HTML sets (default: all)")
    parser.add_argument("--tools", default=DEFAULT_TOOLS, help="default: %(default)s")
    parser.add_argument("--modes", default=",".join(modes), help="default: %(default)s")
    parser.add_argument("--halves", default="A,B", help="A, B or both (default)")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--markdown", action="store_true", help="tables as markdown")
    parser.add_argument(
        "--per-page", type=Path, help="newsextract's per-page F1 per mode (TSV, worst loss first)"
    )
    args = parser.parse_args(argv)
    return checked(parser, args, {"sets": HTML_SETS, "tools": TOOLS, "modes": modes})


def checked(
    parser: argparse.ArgumentParser, args: argparse.Namespace, allowed: dict[str, Sequence[str]]
) -> argparse.Namespace:
    """`args` with each comma list of `allowed` split and checked, `--halves` read as indices,
    and ``normal`` first among the modes (the drops are measured from it)."""
    for option, names in allowed.items():
        chosen = [x.strip() for x in getattr(args, option).split(",") if x.strip()]
        unknown = sorted(set(chosen) - set(names))
        if unknown:
            parser.error(f"unknown {option}: {', '.join(unknown)}")
        setattr(args, option, chosen)
    halves = [x.strip() for x in args.halves.split(",") if x.strip()]
    if not halves or set(halves) - set(HALVES):
        parser.error("--halves takes A, B or A,B")
    args.halves = [HALVES.index(h) for h in halves]
    if "normal" not in args.modes:
        args.modes.insert(0, "normal")
    return args


def per_page_row(name: str, page: Page, f1s: Sequence[float]) -> list[str]:
    """One page's row of the ``--per-page`` table: its loss is normal's F1 less the worst."""
    loss = f1s[0] - min(f1s[1:], default=f1s[0])
    return (
        [name, page.id, HALVES[half(page.id)], f"{loss:.3f}"]
        + [f"{f:.3f}" for f in f1s]
        + [page.url or ""]
    )


def write_per_page(path: Path, modes: Sequence[str], rows: list[list[str]]) -> None:
    """The ``--per-page`` table, the pages losing most first."""
    rows.sort(key=lambda r: -float(r[3]))
    lines = ["\t".join(["set", "id", "half", "loss", *modes, "url"])]
    lines += ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def probe(args: argparse.Namespace, rewrite: Rewrite) -> int:
    """Score every tool on each set as it is and as `rewrite` makes it in each mode.

    Prints per set F1 (whole, A, B) per tool and mode with the drop from ``normal``, and
    writes newsextract's per-page F1 to ``--per-page``. Shared by the generalization probes.
    """
    bench = bench_dir(args.shared)
    if bench is None:
        return 0
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    scorer = load_module(bench / "score.py", "bench_score")
    tools = build_tools(args.tools)
    per_page: list[list[str]] = []
    headers = ["tool", "mode", "F1", "A", "B", "drop", "drop A", "drop B"]
    for name in args.sets:
        pages = load_pages(bench / name, args.limit, args.halves)
        halves = [half(p.id) for p in pages]
        rows: list[list[str]] = []
        page_f1: dict[str, list[float]] = {}
        for tool in tools:
            normal: dict[str, float | None] = {}
            for mode in args.modes:
                print(f"  {name}: {tool.name} {mode} ...", file=sys.stderr, flush=True)
                run = run_tool(tool, pages, [rewrite(p, mode) for p in pages])
                scores = body_scores(scorer, pages, run, halves)
                normal = normal or scores
                rows.append(
                    [tool.name, mode]
                    + [_fmt(scores[k]) for k in _KEYS]
                    + [_fmt(_drop(normal[k], scores[k])) for k in _KEYS]
                )
                if tool.name == "newsextract":
                    page_f1[mode] = [
                        _page_f1(scorer, p, o.text if o else None)
                        for p, o in zip(pages, run.outputs, strict=True)
                    ]
        print(f"\n{name}: {len(pages)} pages")
        print(render(headers, rows, args.markdown))
        sys.stdout.flush()
        if page_f1:
            for index, page in enumerate(pages):
                per_page.append(per_page_row(name, page, [page_f1[m][index] for m in args.modes]))
    if args.per_page and per_page:
        write_per_page(args.per_page, args.modes, per_page)
    return 0


def main(argv: Sequence[str]) -> int:
    return probe(parse_args(argv), _blind_page)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
