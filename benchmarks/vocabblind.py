"""Generalization probe: newsextract on the HTML dev sets with its word lists taken away.

    python benchmarks/vocabblind.py --sets scrapinghub,readability,fundus-dev
    python benchmarks/vocabblind.py --sets dragnet --halves A --modes normal,words --per-page l.tsv
    python benchmarks/vocabblind.py --sets fundus-dev --halves A --modes boilerplate,meta_words
    python benchmarks/vocabblind.py --sets fundus-dev:html_text --dumps benchmarks/out/dumps

Many rules read per-language word lists (`newsextract.data`: boilerplate phrases, byline
prefixes, month names, share, menu and notice wording, speech verbs, stop words). On a page
in a language the lists do not cover, every such rule is silent, and only the structural
signals (link density, position, repetition, line shape, punctuation) are left. This
measures how much of the dev F1 rests on vocabulary: each mode runs newsextract in a child
process that blinds the named data modules as they are imported, before any module that
compiles a pattern from them is (the library's code is not changed), and scores it with
``run.py``'s loading, tool and scorer:

- ``normal``: the library as it is (the same figures as ``run.py``).
- ``words``: every natural-language list blinded (`BLINDED_BY_WORDS`); the stop words are
  kept, so the language is still detected and the stop-word share of a line still tells
  prose from chrome: a page in a language the stop-word table knows but no other list does.
- ``all``: the stop words blinded too, so only scripts (`SCRIPT_LANGUAGES`) tell a language:
  a page in a language newsextract knows nothing of.
- a data module's name (``boilerplate``, ``meta_words``...): that module alone blinded, to
  tell which lists a page's loss comes from.

Blinding replaces every public upper-case value of a module that holds words: a string by
`BLIND` (private-use characters no page holds), a collection of strings by a collection
holding `BLIND` alone (never an empty one, which would make an empty alternation that matches
everywhere; a collection of language codes is kept, it says which languages a rule serves),
a mapping keyed by language codes by the same keys over blinded values, any other mapping by
one blinded entry, and a dataclass field by field. Numbers are kept, and so
are the values that are markup, not language (`KEPT`), and a regex fragment holding a named
group (its code reads the group). Class and id words (`markup.py`, `meta_markup.py`) are
`classblind.py`'s subject and are kept here.

Text twins (``SET:STYLE``, read from the ``--dumps`` cache, never made here) run in text
mode, where the stop-word share of a line and the line cues of `textcues` weigh more.

Prints per set F1 (whole, half A, half B) per mode with the drop from normal, and the count
of pages whose call raised. ``--per-page FILE`` writes per-page F1 per mode, the pages losing
most first. Data: ``../shared/bench`` (``--shared``); exits cleanly when it is absent.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.abc
import importlib.machinery
import json
import logging
import subprocess
import sys
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import (
    DEFAULT_DUMPS,
    DUMP_STYLES,
    HALVES,
    HTML_SETS,
    TWIN_SOURCES,
    Page,
    bench_dir,
    half,
    load_module,
    load_pages,
)
from classblind import checked, per_page_row, write_per_page

#: The data modules holding natural-language words (``stopwords`` apart: see ``all``).
BLINDED_BY_WORDS = (
    "agencies",
    "boilerplate",
    "consent",
    "errorpage",
    "meta_words",
    "speech",
    "textcues",
)
MODULES = (*BLINDED_BY_WORDS, "stopwords")
MODES = ("normal", "words", "all", *MODULES)
DEFAULT_MODES = "normal,words,all"
#: What stands for every word: private-use characters, which no page holds (six, so that a
#: length filter such as "weekday names longer than three letters" does not empty a list).
BLIND = "\ue000\ue001\ue002\ue003\ue004\ue005"
#: Values of the blinded modules that are markup, numbers or folding, not words of a language.
KEPT = frozenset(
    {
        "FOLD",  # errorpage: character folding
        "STATUS_CODES",  # errorpage: 404, 410
        "SCRIPT_LANGUAGES",  # stopwords: Unicode ranges
        "CMP_NAMES",  # consent: the markup names of consent platforms
        "RELATED_HINTS",  # meta_words: class-name hints
        "DATE_HINTS",
        "NOT_POST_DATE_HINTS",
        "MEDIA_HINTS",
        "RELATED_TAGS",
    }
)
_KEYS = ("f1", "f1_A", "f1_B")
_PACKAGE = "newsextract.data."


#: ISO 639-1 codes: a mapping keyed by them (over collections) is per language, not words.
_LANGUAGE_CODES = frozenset(
    "en fr de es it pt nl sv da no nb fi pl cs sk hu ro tr ru uk el bg hr sr sl ar he fa hi "
    "id ms vi th zh ja ko ca eu gl et lv lt".split()
)


def _per_language(value: Mapping[object, object]) -> bool:
    """Whether a mapping holds one entry per language ("en": words), not words themselves."""
    return set(value) <= _LANGUAGE_CODES and not any(isinstance(v, str) for v in value.values())


def blinded(value: object) -> object:
    """`value` with every word in it replaced by `BLIND` (see the module docstring).

    >>> blinded(frozenset({"said", "told"})) == frozenset({BLIND}), blinded(("a", 3)) == (BLIND, 3)
    (True, True)
    >>> blinded(("en", "fr"))
    ('en', 'fr')
    >>> blinded({"en": ("said",), "fr": ("dit",)}) == {"en": (BLIND,), "fr": (BLIND,)}
    True
    >>> blinded({"jan": 1, "feb": 2}) == {BLIND: 1}, blinded(r"(?P<x>a)b")
    (True, '(?P<x>a)b')
    """
    if isinstance(value, str):
        return value if "(?P<" in value else BLIND
    if isinstance(value, (frozenset, set, tuple, list)) and value:
        if set(value) <= _LANGUAGE_CODES:
            return value  # which languages a rule serves, not words
        if all(isinstance(item, str) for item in value):
            return type(value)([BLIND])
        return type(value)(blinded(item) for item in value)
    if isinstance(value, Mapping) and value:
        if _per_language(value):
            return {key: blinded(item) for key, item in value.items()}
        return {BLIND: blinded(next(iter(value.values())))}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: blinded(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def blind_module(module: ModuleType) -> None:
    """Blind the module's public upper-case values in place (a probe's child process only)."""
    for name, value in list(vars(module).items()):
        if name.isupper() and name not in KEPT:
            setattr(module, name, blinded(value))


class _BlindingLoader(importlib.abc.Loader):
    """Runs a data module as usual, then blinds it before anyone reads it."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._loader.exec_module(module)
        blind_module(module)


class _BlindingFinder(importlib.abc.MetaPathFinder):
    """Finds the named data modules as usual, with a loader that blinds them."""

    def __init__(self, modules: Sequence[str]) -> None:
        self._names = frozenset(_PACKAGE + m for m in modules)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self._names:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _BlindingLoader(spec.loader)
        return spec


def blinded_modules(mode: str) -> tuple[str, ...]:
    """The data modules a mode blinds."""
    if mode == "normal":
        return ()
    if mode == "words":
        return BLINDED_BY_WORDS
    if mode == "all":
        return MODULES
    return (mode,)


def _pages(args: argparse.Namespace, bench: Path, name: str) -> list[Page]:
    """An HTML set's pages, or a text twin's (``SET:STYLE``, read from the `--dumps` cache)."""
    source, _, style = name.partition(":")
    folder = args.dumps / source / style if style else bench / name
    return load_pages(folder, args.limit, args.halves)


def _child(args: argparse.Namespace) -> int:
    """Run newsextract on one set with `args.child`'s modules blinded; print JSON scores."""
    if "newsextract" in sys.modules:  # pragma: no cover - the hook must come first
        raise RuntimeError("newsextract was imported before its data modules were blinded")
    sys.meta_path.insert(0, _BlindingFinder(blinded_modules(args.child)))
    from run import body_scores, build_tools, run_tool

    bench = bench_dir(args.shared)
    assert bench is not None
    scorer = load_module(bench / "score.py", "bench_score")
    pages = _pages(args, bench, args.sets[0])
    (tool,) = build_tools(["newsextract"])
    run = run_tool(tool, pages, [p.content for p in pages])
    scores = body_scores(scorer, pages, run, [half(p.id) for p in pages])
    page_f1 = [
        float(scorer.doc_shingle_scores(p.gold["body"], o.text if o else None)["f1"])
        for p, o in zip(pages, run.outputs, strict=True)
    ]
    report = {"scores": {k: scores[k] for k in _KEYS}, "pages": page_f1, "errors": run.errors}
    print(json.dumps(report))
    return 0


def _run_mode(args: argparse.Namespace, name: str, mode: str) -> dict[str, object]:
    """One set in one mode, in a fresh child process (patterns are compiled at import)."""
    command = [sys.executable, __file__, "--child", mode, "--sets", name]
    command += ["--halves", ",".join(HALVES[h] for h in args.halves)]
    command += ["--dumps", str(args.dumps)] + (["--shared", args.shared] if args.shared else [])
    command += ["--limit", str(args.limit)] if args.limit is not None else []
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "-"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", help="folder holding bench/ (default: ../shared)")
    parser.add_argument(
        "--sets",
        default=",".join(HTML_SETS),
        help="HTML sets, or text twins SET:STYLE (default: the HTML sets)",
    )
    parser.add_argument(
        "--dumps", type=Path, default=DEFAULT_DUMPS, help="text-twin cache (default: %(default)s)"
    )
    parser.add_argument("--modes", default=DEFAULT_MODES, help="default: %(default)s")
    parser.add_argument("--halves", default="A,B", help="A, B or both (default)")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument("--markdown", action="store_true", help="tables as markdown")
    parser.add_argument(
        "--per-page", type=Path, help="per-page F1 per mode (TSV, worst loss first)"
    )
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    twins = [f"{source}:{style}" for source in TWIN_SOURCES for style in DUMP_STYLES]
    return checked(parser, args, {"sets": (*HTML_SETS, *twins), "modes": MODES})


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.child:
        return _child(args)
    bench = bench_dir(args.shared)
    if bench is None:
        return 0
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    from run import render

    per_page: list[list[str]] = []
    headers = ["mode", "F1", "A", "B", "drop", "drop A", "drop B", "errors"]
    for name in args.sets:
        pages = _pages(args, bench, name)
        results = {}
        for mode in args.modes:
            print(f"  {name}: newsextract {mode} ...", file=sys.stderr, flush=True)
            results[mode] = _run_mode(args, name, mode)
        normal = results["normal"]["scores"]
        assert isinstance(normal, dict)
        rows = []
        for mode, result in results.items():
            scores = result["scores"]
            assert isinstance(scores, dict) and isinstance(result["errors"], list)
            drops = [
                normal[k] - scores[k] if normal[k] is not None and scores[k] is not None else None
                for k in _KEYS
            ]
            rows.append(
                [mode]
                + [_fmt(scores[k]) for k in _KEYS]
                + [_fmt(d) for d in drops]
                + [str(len(result["errors"]))]
            )
        print(f"\n{name}: {len(pages)} pages")
        print(render(headers, rows, args.markdown))
        sys.stdout.flush()
        for index, page in enumerate(pages):
            f1s = [float(results[m]["pages"][index]) for m in args.modes]  # type: ignore[index]
            per_page.append(per_page_row(name, page, f1s))
    if args.per_page and per_page:
        write_per_page(args.per_page, args.modes, per_page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
