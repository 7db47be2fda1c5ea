"""Audit of the word lists: which entry removes what, story text (harm) or chrome (help).

    python benchmarks/wordaudit.py --out /tmp/audit.tsv
    python benchmarks/wordaudit.py --sets dragnet:html_text --limit 50 --out /tmp/a.tsv

newsextract's vocabulary (`newsextract.data`) was grown by hand; an entry that is too broad
removes story text on pages we never see. This measures, entry by entry, what each one
decides on the dev pages: each set runs in a child process that, after importing the library
(whose code is not changed), wraps every compiled pattern of a library module that holds the
alternation of a data list (``"|".join(LIST)`` or `signals.strings.alternation(LIST)`) in
a proxy logging the texts it matched. After each page, a logged text is attributed to the
entries whose own pattern (the same pattern with that list's alternation replaced by the
entry alone, and every other audited list's by an alternation that never matches) matches it
the same way (``search``/``match``/``fullmatch``...). The text is a *decision* of the entry
when the article does not keep it (no body block holds it) and the removal log holds it under
a reason words can give (not ``outside_main``, ``template``, ``duplicate``...). A decision is
*harm* when the text is in the gold body (a whole gold line, or for five words or more a
stretch of the gold), else *help*; both are counted per hash half (``_data.half``).

Not audited: lists read as sets of single words (membership tests, e.g. speech verbs, stop
words), lists compiled in another form (tries, each entry wrapped), and the class/id words
of `markup.py` (``classaudit.py``'s subject). The header of a box ("Related", "Comments")
is counted once; the story text the cut it starts may take is not attributed to it.

Writes a TSV (``--out``), one row per audited entry: list, entry, pages, decisions, help and
harm per half, kept (matched, but the article kept the text), and prints the candidates
(A-half harm >= help with some harm, or harm only) and, per audited list, its decisions and
how many of its entries never matched (listed in the TSV: pages and kept 0).
Data: ``../shared/bench`` (``--shared``); exits cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import pkgutil
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import (
    DEFAULT_DUMPS,
    HALVES,
    HTML_SETS,
    TEXT_SETS,
    TWIN_SOURCES,
    bench_dir,
    half,
    load_pages,
)

#: The sets audited: every HTML dev set, the text set and the html_text twins.
DEFAULT_SETS = (*HTML_SETS, *TEXT_SETS, *(f"{s}:html_text" for s in TWIN_SOURCES))
#: Removal reasons no word list gives: a text removed for one of these was not an entry's call.
NOT_WORDS = frozenset(
    {"outside_main", "template", "duplicate", "table", "page_url", "binary", "truncated", "title"}
)
#: A pattern that never matches, standing for the other lists of a pattern built from several.
NEVER = "(?!)"
#: Words from which a text is looked for inside the gold's paragraphs, not only as a line.
GOLD_SPAN_MIN_WORDS = 5
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

#: A list's name and its value as the data module holds it (a tuple, or a set: its alternation
#: is written in the set's own order).
WordList = tuple[str, Collection[str]]

#: The removal reasons the rules reading a list give, beyond `boilerplate`'s (whose lists are
#: named after their reason): a text removed for another reason was removed by another rule.
REASONS = {
    name: tuple(reasons)
    for name, *reasons in (
        line.split()
        for line in """
        meta_words byline
        meta_words.COPYRIGHT_MARKS copyright byline
        agencies byline
        errorpage error_page
        consent cookie
        textcues.COMMENT_THREAD comments after_story
        textcues.COMMENT_LINE comments after_story
        textcues.READ_ALSO related after_story
        textcues.MORE_STORIES related after_story
        textcues.LINKS_INTRO related after_story link_list
        textcues.CHROME_LIST_INTRO related after_story link_list navigation
        textcues.SHARE_WIDGET share
        textcues.SIGN_UP subscribe
        textcues.RIGHTS_NOTICE copyright
        textcues.MEDIA_WIDGET media_label
        textcues.PICTURE_CONTROLS media_label
        """.strip().splitlines()
    )
}
#: Headers whose rule also ends the story there.
ENDING = frozenset({"related", "comments"})


def reasons(list_name: str) -> tuple[str, ...]:
    """The removal reasons credited to a list's entries (any reason words give when unknown)."""
    name = list_name.split("[", maxsplit=1)[0]
    module, _, value = name.partition(".")
    if module == "boilerplate":  # NAVIGATION, ..., SHARE_PROMPT: the reason's own name
        reason = value.removesuffix("_PROMPT").lower()
        return (reason, "after_story") if reason in ENDING else (reason,)
    found = REASONS.get(name) or REASONS.get(module)
    return found if found is not None else tuple(r.value for r in _removal_reasons())


def _removal_reasons() -> list[Any]:
    from newsextract.model import RemovalReason

    return [r for r in RemovalReason if r.value not in NOT_WORDS]


def word_lists() -> list[WordList]:
    """Every list of strings of `newsextract.data` (and table keyed by words), named
    ``module.NAME[key].field``."""
    package = import_module("newsextract.data")
    found: list[WordList] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = import_module(f"newsextract.data.{info.name}")
        for name, value in vars(module).items():
            if name.isupper():
                found.extend(_lists(f"{info.name}.{name}", value))
    return found


def _lists(name: str, value: object) -> Iterator[WordList]:
    """The string lists in one data value (a list, a mapping of lists, a dataclass of them)."""
    if isinstance(value, (tuple, list, frozenset)) and len(value) > 1:
        if all(isinstance(item, str) for item in value):
            yield name, value
    elif isinstance(value, Mapping) and all(isinstance(v, int) for v in value.values()):
        yield name, value  # a table keyed by words (month names and their numbers)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _lists(f"{name}[{key}]", item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _lists(f"{name}.{field.name}", getattr(value, field.name))


def _forms(entries: Collection[str]) -> list[tuple[str, Callable[[str], str]]]:
    """How a list is written into a pattern, and how one entry alone is written the same way."""
    from newsextract.signals.strings import alternation

    forms = [(alternation(entries), lambda e: alternation([e]))]
    if not isinstance(entries, frozenset):
        forms.insert(0, ("|".join(entries), lambda e: e))
    return forms


@dataclasses.dataclass(frozen=True, eq=False)
class Audited:
    """A library pattern holding the alternation of one or more data lists."""

    pattern: re.Pattern[str]
    #: (list name, the alternation as written in the pattern, how one entry is written)
    parts: tuple[tuple[str, str, Callable[[str], str]], ...]
    entries: Mapping[str, Collection[str]]

    def variant(self, list_name: str, entry: str | None) -> re.Pattern[str]:
        """The pattern with `list_name` narrowed to `entry` (None: to nothing at all)."""
        return _variant(self, list_name, entry)


@functools.cache
def _variant(audited: Audited, list_name: str, entry: str | None) -> re.Pattern[str]:
    source = audited.pattern.pattern
    for name, joined, one in audited.parts:
        if name == list_name:
            source = source.replace(joined, NEVER if entry is None else one(entry))
    return re.compile(source, audited.pattern.flags)


def hits(pattern: re.Pattern[str], method: str, string: str) -> bool:
    """Whether the pattern, called as `method` was, found something in `string`."""
    if method in ("search", "match", "fullmatch"):
        return getattr(pattern, method)(string) is not None
    return pattern.search(string) is not None


class Logged:
    """A compiled pattern that logs the texts it matched (the probe's child process only)."""

    def __init__(self, audited: Audited, log: list[tuple[Audited, str, str]]) -> None:
        self.audited = audited
        self._log = log

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.audited.pattern, name)
        if name not in _METHODS:
            return attribute

        def logged(string: str, *args: Any, **kwargs: Any) -> Any:
            result = attribute(string, *args, **kwargs)
            if isinstance(string, str) and hits(self.audited.pattern, name, string):
                self._log.append((self.audited, name, string))
            return result

        return logged


def audited_pattern(pattern: re.Pattern[str], lists: Sequence[WordList]) -> Audited | None:
    """The pattern as audited, when it holds some list's alternation."""
    if not isinstance(pattern.pattern, str):
        return None
    parts = []
    for name, entries in lists:
        for joined, one in _forms(entries):
            if len(joined) > 2 and joined in pattern.pattern:
                parts.append((name, joined, one))
                break
    if not parts:
        return None
    # a list whose alternation is part of a longer list's (a shared prefix of entries) is not
    # a list of its own in this pattern
    parts = [p for p in parts if not any(p[1] != q[1] and p[1] in q[1] for q in parts)]
    return Audited(pattern, tuple(parts), {name: dict(lists)[name] for name, _, _ in parts})


def instrument(lists: Sequence[WordList], log: list[tuple[Audited, str, str]]) -> set[str]:
    """Wrap the library's patterns built from `lists` (module attributes, and patterns in
    tuples of tuples such as a table of rules); returns the names of the lists audited."""
    wrapped: set[str] = set()
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("newsextract.") or module_name.startswith("newsextract.data"):
            continue
        assert isinstance(module, ModuleType)
        for name, value in list(vars(module).items()):
            new = _wrapped(value, lists, log)
            if new is not value:
                setattr(module, name, new)
                wrapped.update(_list_names(new))
    return wrapped


def _list_names(value: object) -> Iterator[str]:
    if isinstance(value, Logged):
        yield from value.audited.entries
    elif isinstance(value, tuple):
        for item in value:
            yield from _list_names(item)


def _wrapped(value: object, lists: Sequence[WordList], log: list[tuple[Audited, str, str]]) -> Any:
    if isinstance(value, re.Pattern):
        audited = audited_pattern(value, lists)
        return value if audited is None else Logged(audited, log)
    if isinstance(value, tuple) and value and all(isinstance(v, tuple) for v in value):
        items = tuple(tuple(_wrapped(x, lists, log) for x in row) for row in value)
        return value if items == value else items
    return value


def norm(text: str) -> str:
    """Text compared case- and space-blind."""
    return " ".join(text.casefold().split())


def _decisions(
    article: Any, gold: str, log: list[tuple[Audited, str, str]]
) -> Iterator[dict[str, object]]:
    """The page's logged matches, each attributed to its entries and judged."""
    body = [norm(block.text) for block in article.blocks]
    removed = [
        (norm(r.text), r.reason.value)
        for r in article.boilerplate
        if r.reason.value not in NOT_WORDS
    ]
    gold_lines = {norm(line) for line in gold.splitlines()}
    gold_all = norm(gold)
    seen = set()
    for audited, method, string in log:
        text = norm(string)
        if not text or (audited.pattern.pattern, method, text) in seen:
            continue
        seen.add((audited.pattern.pattern, method, text))
        long = len(text.split()) >= GOLD_SPAN_MIN_WORDS
        kept = any(text == b or (long and text in b) for b in body)
        reason = next((why for r, why in removed if text in r), None) if not kept else None
        in_gold = text in gold_lines or (long and text in gold_all)
        for name, entries in audited.entries.items():
            if hits(audited.variant(name, None), method, string):
                continue  # the pattern matches without this list: none of its entries decided
            if reason is not None and reason not in reasons(name):
                reason = None  # removed for a reason no rule reading this list gives
            for entry in entries if kept or reason is not None else ():
                if hits(audited.variant(name, entry), method, string):
                    yield {
                        "list": name,
                        "entry": entry,
                        "kept": kept,
                        "decided": reason is not None,
                        "reason": reason,
                        "gold": in_gold,
                        "text": string[:200],
                    }


def _child(args: argparse.Namespace) -> int:
    """Run newsextract on one set with the patterns logged; print a JSON line per decision."""
    import newsextract

    for info in pkgutil.walk_packages(newsextract.__path__, "newsextract."):
        import_module(info.name)  # every stage's patterns exist before they are wrapped
    lists = word_lists()
    log: list[tuple[Audited, str, str]] = []
    wrapped = instrument(lists, log)
    print(json.dumps({"wrapped": sorted(wrapped)}))
    bench = bench_dir(args.shared)
    assert bench is not None
    source, _, style = args.sets[0].partition(":")
    folder = args.dumps / source / style if style else bench / source
    for page in load_pages(folder, args.limit):
        log.clear()
        article = newsextract.extract(page.content, url=page.url, kind=page.kind)  # type: ignore[arg-type]
        for row in _decisions(article, page.gold.get("body") or "", log):
            row.update(set=args.sets[0], page=page.id, half=HALVES[half(page.id)])
            print(json.dumps(row))
    return 0


def _run_set(args: argparse.Namespace, name: str) -> list[dict[str, Any]]:
    command = [sys.executable, __file__, "--child", "--sets", name, "--dumps", str(args.dumps)]
    command += ["--shared", args.shared] if args.shared else []
    command += ["--limit", str(args.limit)] if args.limit is not None else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def table(rows: Sequence[dict[str, Any]], lists: Sequence[WordList]) -> list[dict[str, Any]]:
    """Per audited entry: pages it decided on, help/harm per half, kept matches."""
    counts: dict[tuple[str, str], dict[str, Any]] = {}
    for name, entries in lists:
        for entry in sorted(entries):
            counts[(name, entry)] = defaultdict(int, {"pages": set(), "harm_texts": []})
    for row in rows:
        key = (row["list"], row["entry"])
        stats = counts[key]
        if row["kept"]:
            stats["kept"] += 1
        elif row["decided"]:
            stats["pages"].add((row["set"], row["page"]))
            stats[("harm" if row["gold"] else "help") + "_" + row["half"]] += 1
            if row["gold"]:
                where = f"{row['set']}/{row['page'][:8]} ({row['reason']})"
                stats["harm_texts"].append(f"{where}: {row['text'][:80]}")
    return [
        {"list": name, "entry": entry, **stats, "pages": len(stats["pages"])}
        for (name, entry), stats in counts.items()
    ]


def candidate(stats: Mapping[str, Any]) -> bool:
    """An entry whose A-half harm is at least its help (with some harm), or that only harms."""
    harm_a, help_a = int(stats.get("harm_A", 0)), int(stats.get("help_A", 0))
    harm, helped = harm_a + int(stats.get("harm_B", 0)), help_a + int(stats.get("help_B", 0))
    return (harm_a > 0 and harm_a >= help_a) or (harm > 0 and helped == 0)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", help="folder holding bench/ (default: ../shared)")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS), help="default: %(default)s")
    parser.add_argument(
        "--dumps", type=Path, default=DEFAULT_DUMPS, help="text-twin cache (default: %(default)s)"
    )
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--out", type=Path, help="the per-entry table (TSV)")
    parser.add_argument("--rows", type=Path, help="every decision and match (JSON lines)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.child:
        return _child(args)
    if bench_dir(args.shared) is None:
        return 0
    rows: list[dict[str, Any]] = []
    wrapped: set[str] = set()
    for name in args.sets:
        print(f"  {name} ...", file=sys.stderr, flush=True)
        for row in _run_set(args, name):
            if "wrapped" in row:
                wrapped.update(row["wrapped"])
            else:
                rows.append(row)
    if args.rows:
        args.rows.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    lists = word_lists()
    stats = table(rows, lists)
    columns = ("help_A", "harm_A", "help_B", "harm_B", "kept")
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            out.write("list\tentry\tpages\t" + "\t".join(columns) + "\tharm examples\n")
            for s in stats:
                values = "\t".join(str(s.get(c, 0)) for c in columns)
                examples = " | ".join(s["harm_texts"][:5])
                out.write(f"{s['list']}\t{s['entry']}\t{s['pages']}\t{values}\t{examples}\n")
    print(f"lists audited: {len(wrapped)} (of {len(lists)} lists of strings)")
    print("\ncandidates (A harm >= help, or harm only):")
    print("list\tentry\t" + "\t".join(columns))
    for s in stats:
        if candidate(s):
            print(f"{s['list']}\t{s['entry']}\t" + "\t".join(str(s.get(c, 0)) for c in columns))
            for example in s["harm_texts"][:4]:
                print(f"\t\t{example}")
    print("\nper audited list: entries, never matched, then decisions help/harm per half")
    print("list\tentries\tnever\t" + "\t".join(columns[:4]))
    for name in sorted(wrapped):
        rows_of = [s for s in stats if s["list"] == name]
        never = sum(1 for s in rows_of if not s["pages"] and not s.get("kept"))
        sums = "\t".join(str(sum(int(s.get(c, 0)) for s in rows_of)) for c in columns[:4])
        print(f"{name}\t{len(rows_of)}\t{never}\t{sums}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
