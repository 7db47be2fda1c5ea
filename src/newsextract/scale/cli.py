"""The command line: ``newsextract PATH...`` and ``newsextract warc FILE...``.

Built on argparse (standard library: the CLI adds no dependency). Every field of `Options`
is a flag, generated from the dataclass (its help from the field's documented meaning), so
no option is API-only: ``--no-tables``, ``--no-metadata``, ``--max-blocks N``,
``--oversize raise``, ``--template FILE`` (template lines, one a line, as
``newsextract.learn_template`` returns them)... Exit codes: 0 when every input gave an
article, 1 when some input was missing, unreadable or failed, 2 for bad usage (bad option
values, an unwritable output file, a missing optional extra).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import fnmatch
import json
import os
import re
import sys
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from newsextract._version import __version__
from newsextract.model import Article
from newsextract.options import KINDS, Options
from newsextract.output.render import to_markdown, to_text
from newsextract.scale.batch import (
    BatchResult,
    Item,
    PageItem,
    extract_many_tagged,
    read_stream,
)
from newsextract.signals.strings import is_web_address

PROG = "newsextract"
FORMATS = ("json", "jsonl", "markdown", "text")
#: Files taken from directories when no --glob is given; gzipped copies of them too.
DEFAULT_GLOBS = ("*.html", "*.htm", "*.txt", "*.html.gz", "*.htm.gz", "*.txt.gz")
#: Output formats implied by the -o file's suffix when --format is not given.
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "markdown", ".txt": "text"}
#: Between two articles in markdown and text output (a thematic break; a form feed).
MARKDOWN_SEPARATOR = "\n---\n\n"
TEXT_SEPARATOR = "\n\f\n"
#: Why a web address on the command line is not read: it is no file, and nothing is fetched.
URL_NOT_FILE = (
    "a web address, not a file: newsextract never fetches pages; download it first "
    "(curl -sL URL | newsextract - --url URL)"
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass
class _Report:
    """Counts failed inputs and prints one line per failure on stderr."""

    failures: int = 0
    stream: TextIO = field(default_factory=lambda: sys.stderr)

    def fail(self, where: str, message: str) -> None:
        self.failures += 1
        print(f"{PROG}: {where}: {message}", file=self.stream)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (``newsextract`` exits with it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["warc"]:
            return _warc_command(args[1:])
        return _files_command(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`newsextract DIR | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def files_parser() -> argparse.ArgumentParser:
    """The parser of ``newsextract PATH...``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract clean, typed news articles from HTML pages or scraped text.",
        epilog=f"WARC archives: {PROG} warc --help. Exit codes: 0 ok, 1 some input failed, "
        "2 bad usage.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.gz too), directories (searched recursively) or - for stdin",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="json: one object for one file, an array otherwise; jsonl: one object a line "
        "(default: from the -o file's suffix, .jsonl .md .txt, else json)",
    )
    parser.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help=f"file names to take from directories (repeatable; default {' '.join(DEFAULT_GLOBS)})",
    )
    parser.add_argument("--url", help="the page's URL (one input only); never fetched")
    parser.add_argument(
        "--title",
        help="the headline when it is known already, from a feed or a sitemap (one input "
        "only): text mode finds the story under the line that shows it",
    )
    parser.add_argument(
        "--encoding",
        metavar="CHARSET",
        help="the charset the inputs' bytes were served in (an HTTP Content-Type's): it "
        "outranks a page's <meta charset> and is dropped, with a warning, when the bytes do "
        "not read in it (default: from the page)",
    )
    parser.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: sniff)")
    parser.add_argument(
        "--links",
        action="store_true",
        help="markdown output: write the blocks' links and emphasis",
    )
    _add_run_options(parser)
    return parser


def warc_parser() -> argparse.ArgumentParser:
    """The parser of ``newsextract warc FILE...``."""
    parser = argparse.ArgumentParser(
        prog=f"{PROG} warc",
        description="Extract the HTML responses (status 200) of WARC files as JSON lines, "
        "each with warc_url, warc_date, warc_record_id and warc_file. Needs the 'warc' extra.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE", help="WARC files (.warc, .warc.gz)")
    _add_run_options(parser)
    return parser


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    _add_extraction_options(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--workers", type=_positive_int, metavar="N", help="processes (default: CPU count)"
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="give up on a page after this long (it is reported and skipped)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: for 100+ inputs on a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")


#: The one `Options` field whose flag reads something else than its value: a file of lines.
_TEMPLATE_FIELD = "template_lines"


def _add_extraction_options(parser: argparse.ArgumentParser) -> None:
    """One flag per `Options` field: ``--[no-]NAME`` for switches, ``--NAME VALUE`` for the
    rest, ``--template FILE`` for the template lines; left out, a field keeps its default."""
    group = parser.add_argument_group("extraction options (newsextract.Options)")
    hints = typing.get_type_hints(Options)
    helps = _field_helps()
    for f in dataclasses.fields(Options):
        flag = "--" + f.name.replace("_", "-")
        default = getattr(Options(), f.name)
        text = helps.get(f.name, "")
        if f.name == _TEMPLATE_FIELD:
            group.add_argument(
                "--template",
                dest=f.name,
                metavar="FILE",
                help="template lines, one a line (newsextract.learn_template's result): " + text,
            )
        elif hints[f.name] is bool:
            group.add_argument(
                flag,
                dest=f.name,
                action=argparse.BooleanOptionalAction,
                default=None,
                help=f"{text} (default: {'on' if default else 'off'})",
            )
        elif hints[f.name] is int:
            group.add_argument(
                flag,
                dest=f.name,
                type=_positive_int,
                metavar="N",
                help=f"{text} (default: {default})",
            )
        elif hints[f.name] == str | None:
            group.add_argument(flag, dest=f.name, metavar="TAG", help=f"{text} (default: none)")
        else:
            group.add_argument(
                flag,
                dest=f.name,
                choices=typing.get_args(hints[f.name]) or None,
                help=f"{text} (default: {default})",
            )


def _field_helps() -> dict[str, str]:
    """Each `Options` field's meaning, from the "Attributes:" section of its docstring."""
    doc = (Options.__doc__ or "").split("Attributes:", 1)[-1]
    helps: dict[str, str] = {}
    for found in re.finditer(r"^\s{8}(\w+): (.+?)(?=^\s{8}\w+: |\Z)", doc, re.M | re.S):
        helps[found.group(1)] = " ".join(found.group(2).split()).replace("%", "%%")
    return helps


def options_from(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Options:
    """The `Options` the flags ask for (a usage error for a bad value or template file)."""
    given: dict[str, Any] = {}
    for f in dataclasses.fields(Options):
        value = getattr(args, f.name, None)
        if value is None:
            continue
        if f.name == _TEMPLATE_FIELD:
            try:
                text = Path(value).read_text(encoding="utf-8")
            except OSError as exc:
                parser.error(f"cannot read template {value}: {exc.strerror}")
            value = frozenset(line.strip() for line in text.splitlines() if line.strip())
        given[f.name] = value
    try:
        return Options(**given)
    except (TypeError, ValueError) as exc:
        parser.error(str(exc))


def _files_command(argv: list[str]) -> int:
    parser = files_parser()
    args = parser.parse_args(argv)
    if args.paths.count("-") > 1:
        parser.error("stdin (-) can be read only once")
    single = len(args.paths) == 1 and (args.paths[0] == "-" or not Path(args.paths[0]).is_dir())
    for hint in ("url", "title"):
        if getattr(args, hint) is not None and not single:
            parser.error(f"--{hint} applies to a single input file")
    options = options_from(parser, args)
    report = _Report()
    paths = [p for p in args.paths if _exists(p, report)]
    if not paths:
        return EXIT_FAILED
    hints = PageItem(b"", url=args.url, title=args.title, encoding=args.encoding)
    inputs: Iterable[tuple[str, Item]] = _inputs(
        paths, tuple(args.glob or DEFAULT_GLOBS), hints, options, report
    )
    if args.progress is not False or not any(os.path.isdir(p) for p in paths):
        # a known length: short runs skip the pool, and the progress bar shows a total
        inputs = list(inputs)
    with _open_output(parser, args.output) as out:
        results = extract_many_tagged(
            inputs,
            workers=args.workers,
            progress=args.progress,
            options=options,
            timeout=args.timeout,
            kind=args.kind,
        )
        fmt = args.format or output_format(args.output)
        _write(out, fmt, single, _articles(results, report), links=args.links)
    return EXIT_FAILED if report.failures else EXIT_OK


def _warc_command(argv: list[str]) -> int:
    parser = warc_parser()
    args = parser.parse_args(argv)
    from newsextract.scale.warc import extract_warc, warc_row

    try:
        import warcio  # noqa: F401 - checked here to fail before any output
    except ImportError:
        print(
            f"{PROG}: the warc command needs warcio: pip install 'newsextract[warc]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    options = options_from(parser, args)
    report = _Report()
    paths = [p for p in args.paths if _exists(p, report)]
    with _open_output(parser, args.output) as out:
        results = extract_warc(
            paths,
            workers=args.workers,
            progress=args.progress,
            timeout=args.timeout,
            options=options,
        )
        for record, result in results:
            where = f"{record.warc_file}: {record.url}" if record.url else record.warc_file
            if result.article is None:
                error = result.error
                report.fail(where, f"{error.type}: {error.message}" if error else "failed")
                continue
            out.write(json.dumps(warc_row(record, result.article), ensure_ascii=False) + "\n")
    return EXIT_FAILED if report.failures else EXIT_OK


def output_format(path: str | None) -> str:
    """The format an output file's suffix asks for: ``-o out.jsonl`` writes JSON lines."""
    suffix = os.path.splitext(path or "")[1].lower()
    return SUFFIX_FORMATS.get(suffix, "json")


def _exists(path: str, report: _Report) -> bool:
    if path == "-" or os.path.exists(path):
        return True
    if is_web_address(path):
        report.fail(path, URL_NOT_FILE)
    else:
        report.fail(path, "no such file or directory")
    return False


def _inputs(
    paths: Sequence[str],
    globs: tuple[str, ...],
    hints: PageItem,
    options: Options,
    report: _Report,
) -> Iterator[tuple[str, Item]]:
    """``(label, item)`` for every input, walking directories lazily; `hints` holds what
    the flags say of the pages (their charset; the URL and title of a single input)."""
    for path in paths:
        if path == "-":
            yield "-", replace(hints, source=read_stream(sys.stdin.buffer, options))
        elif os.path.isdir(path):
            found = False
            for file in walk(Path(path), globs):
                found = True
                yield str(file), PageItem(file, encoding=hints.encoding)
            if not found:
                report.fail(path, f"no files matching {' '.join(globs)}")
        else:
            yield path, replace(hints, source=Path(path))


def walk(root: Path, globs: Iterable[str]) -> Iterator[Path]:
    """Files under `root` whose name matches a glob, in sorted order; hidden entries skipped."""
    patterns = tuple(globs)
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                yield Path(directory, name)


def _articles(
    results: Iterable[tuple[str, BatchResult]], report: _Report
) -> Iterator[tuple[str, Article]]:
    for label, result in results:
        if result.article is not None:
            yield label, result.article
        elif result.error is not None:
            report.fail(label, f"{result.error.type}: {result.error.message}")


def _write(
    out: TextIO,
    fmt: str,
    single: bool,
    articles: Iterable[tuple[str, Article]],
    *,
    links: bool = False,
) -> None:
    """Write articles as they come: nothing is held back, whatever the format.

    json gives one object for a single input file and an array otherwise (decided by the
    arguments, not by how many files a directory holds); every JSON object is the Article's
    `to_dict()` plus a "source" key (the file path, or "-").
    """
    array = fmt == "json" and not single
    count = 0
    for label, article in articles:
        if fmt in ("json", "jsonl"):
            row = {**article.to_dict(), "source": label}
            text = json.dumps(row, ensure_ascii=False, indent=2 if fmt == "json" else None)
            separator = ("[\n" if count == 0 else ",\n") if array else ""
            out.write(separator + text + ("" if array else "\n"))
        else:
            separator = MARKDOWN_SEPARATOR if fmt == "markdown" else TEXT_SEPARATOR
            text = to_markdown(article, links=links) if fmt == "markdown" else to_text(article)
            out.write(("" if count == 0 else separator) + text.rstrip("\n") + "\n")
        count += 1
    if array:
        out.write("\n]\n" if count else "[]\n")


def _open_output(
    parser: argparse.ArgumentParser, path: str | None
) -> contextlib.AbstractContextManager[TextIO]:
    """stdout, or the file to write (a usage error when it cannot be opened)."""
    if path is None or path == "-":
        return contextlib.nullcontext(sys.stdout)
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        parser.error(f"cannot write {path}: {exc.strerror}")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return number


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number, got {value!r}") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"must be a positive number, got {value}")
    return number
