"""Are the fitted numbers fitted to one set? A per-set stability audit of the numeric settings.

    python benchmarks/loso.py list --out settings.tsv
    python benchmarks/loso.py sense --halves A --limit 80 --out sense.tsv
    python benchmarks/loso.py sense --sets dragnet:html_text --stages text --out text.tsv
    python benchmarks/loso.py grid locate.reach_decay=0.8,0.85,0.9,0.95 --out grid.tsv

``fit.py`` picks the value with the best mean F1 over the sets; a mean can be won by the
largest set (dragnet's 1,381 pages) while every other set prefers another value, and such a
value is what loses on pages nobody tuned on. This script looks at every set on its own:

- ``list``: every numeric field of every stage class of ``newsextract.settings`` (ints and
  floats; booleans and durations are not searched), its value, and the calibration note of
  its docstring (the sentences naming a set, a half or a sweep), read from the source.
- ``sense``: a cheap sensitivity pass. Each field is moved one step down and one step up
  (ints by a quarter of their value, at least 1; floats by a quarter, a share in ]0, 1] kept
  at most 1; a zero float by 0.1), with the others at their defaults, and each set's F1
  (of the chosen halves) is printed beside the defaults'. A call that raises counts as an
  empty body, with a note naming the page (a value the code was not written for).
- ``grid``: the given values of each field, one field at a time from the defaults, F1 per
  set and per half; then per field, each set's optimum (whole set) and what the current value
  costs the set (its optimum's F1 minus the current's), what the value with the best mean of
  the other sets' A halves gives the set (leave one set out), and the flag ``one-set`` when
  the current value is optimal on one set only and costs another more than .002.
- ``table GRID.tsv``: the same verdicts and docs/design.md's table rows from a saved grid.

Both searches run each page once with a settings object recording which fields the page
reads; a value of a field is then run only on the pages that read it (the others cannot
change: the pipeline is deterministic and reads its numbers from the settings it is given),
which makes a step of a field that few pages read cheap. A field a stage takes from
``DEFAULT_SETTINGS`` rather than from the settings it is given (docs/design.md, round 29,
*Settings reach the stages*) is read by no page here and is reported as such. Pages, sets,
halves and the scorer are ``fit.py``'s; a set is an HTML set, ``scrapinghub-text`` or a text
twin ``SET:STYLE``. Figures: docs/design.md (round 36, settings per set).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _data import DEFAULT_DUMPS, HALVES, HTML_SETS, Page, half, load_module, load_pages, shared_dir
from fit import _folder, _with
from newsextract.options import Options
from newsextract.pipeline import run
from newsextract.settings import DEFAULT_SETTINGS, Settings

SETTINGS_SOURCE = Path(__file__).resolve().parents[1] / "src" / "newsextract" / "settings.py"
#: Words of a docstring sentence that tell how the number was calibrated.
CALIBRATION_WORDS = ("set on", "fitted", "swept", "searched", "calibrat", "half a", "measured")

Field = tuple[str, str]


class _StageReads:
    """One stage's settings, recording each field read into `seen`."""

    __slots__ = ("_name", "_seen", "_stage")

    def __init__(self, stage: Any, name: str, seen: set[Field]) -> None:
        self._stage, self._name, self._seen = stage, name, seen

    def __getattr__(self, field: str) -> Any:
        self._seen.add((self._name, field))
        return getattr(self._stage, field)


class _SettingsReads:
    """A `Settings` whose stages record the fields a page reads."""

    __slots__ = ("_seen", "_settings", "_stages")

    def __init__(self, settings: Settings, seen: set[Field]) -> None:
        self._settings, self._seen = settings, seen
        self._stages: dict[str, _StageReads] = {}

    def __getattr__(self, stage: str) -> Any:
        if stage not in self._stages:
            self._stages[stage] = _StageReads(getattr(self._settings, stage), stage, self._seen)
        return self._stages[stage]


def numeric_fields() -> list[tuple[str, str, float | int]]:
    """(stage, field, default) of every int and float field of every stage class."""
    out = []
    for stage in dataclasses.fields(Settings):
        part = getattr(DEFAULT_SETTINGS, stage.name)
        for field in dataclasses.fields(part):
            value = getattr(part, field.name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                out.append((stage.name, field.name, value))
    return out


def calibration_notes() -> dict[Field, str]:
    """Each settings field's docstring sentences that say how it was calibrated."""
    tree = ast.parse(SETTINGS_SOURCE.read_text(encoding="utf-8"))
    stage_of = {
        type(getattr(DEFAULT_SETTINGS, s.name)).__name__: s.name
        for s in dataclasses.fields(Settings)
    }
    notes: dict[Field, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name not in stage_of:
            continue
        for statement, after in zip(node.body, node.body[1:], strict=False):
            if not (
                isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ):
                continue
            if not (isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)):
                continue
            doc = " ".join(str(after.value.value).split())
            sentences = [
                s for s in doc.split(". ") if any(w in s.lower() for w in CALIBRATION_WORDS)
            ]
            notes[(stage_of[node.name], statement.target.id)] = ". ".join(sentences) or "-"
    return notes


def steps(value: float | int) -> list[float | int]:
    """One step down and one step up from `value` (see the module docstring)."""
    if isinstance(value, int):
        step = max(1, round(abs(value) * 0.25))
        return [v for v in (value - step, value + step) if v >= 0 or value < 0]
    if value == 0:
        return [0.1]
    down, up = value * 0.75, value * 1.25
    if 0 < value <= 1:
        up = min(up, 1.0)
    return [round(v, 4) for v in (down, up) if round(v, 4) != value]


class Audit:
    """The pages of the sets, each page's default output and the fields it reads."""

    def __init__(self, scorer: Any, sets: dict[str, list[Page]]) -> None:
        self.scorer, self.sets = scorer, sets
        self.options = Options()
        self.texts: dict[tuple[str, int], str] = {}
        self.reads: dict[tuple[str, int], set[Field]] = {}
        for name, pages in sets.items():
            for index, page in enumerate(pages):
                seen: set[Field] = set()
                recorder: Any = _SettingsReads(DEFAULT_SETTINGS, seen)
                self.texts[(name, index)] = self._text(page, recorder)
                self.reads[(name, index)] = seen
        self.default = self.scores(DEFAULT_SETTINGS, ())

    def _text(self, page: Page, settings: Settings) -> str:
        """The page's body text; empty, with a note, when the call raises (a value the code
        was not written for: a finding of the audit, not a reason to stop it)."""
        kind = "text" if page.kind == "text" else "html"
        try:
            article = run(
                page.content, url=page.url, kind=kind, options=self.options, settings=settings
            )
        except Exception as error:
            print(f"note: {page.id} raised {error!r}", file=sys.stderr)
            return ""
        return article.text

    def readers(self, field: Field) -> dict[str, int]:
        """Per set, the pages reading `field`."""
        return {
            name: sum(field in self.reads[(name, i)] for i in range(len(pages)))
            for name, pages in self.sets.items()
        }

    def scores(self, settings: Settings, field: Field | tuple[()]) -> dict[str, list[float]]:
        """Per set: F1 whole, half A, half B, and the pages whose text changed.

        Only the pages reading `field` are run again (none for the defaults).
        """
        out: dict[str, list[float]] = {}
        for name, pages in self.sets.items():
            counts: list[list[Any]] = [[], [], []]
            changed = 0
            for index, page in enumerate(pages):
                text = self.texts[(name, index)]
                if field and field in self.reads[(name, index)]:
                    new = self._text(page, settings)
                    changed += new != text
                    text = new
                count = self.scorer.shingle_counts(page.gold["body"], text)
                counts[0].append(count)
                counts[1 + half(page.id)].append(count)
            f1s = [self.scorer._aggregate(c)["f1"] if c else float("nan") for c in counts]
            out[name] = [*f1s, float(changed)]
        return out


def _header(sets: Sequence[str]) -> str:
    cells = "\t".join(f"{s} {p}" for s in sets for p in ("all", *HALVES, "changed"))
    return f"stage\tfield\tvalue\treaders\t{cells}"


def _row(stage: str, field: str, value: Any, readers: int, scores: dict[str, list[float]]) -> str:
    cells = "\t".join(
        f"{v:.4f}" if i < 3 else str(int(v)) for s in scores.values() for i, v in enumerate(s)
    )
    return f"{stage}\t{field}\t{value}\t{readers}\t{cells}"


def _parse(spec: str) -> tuple[str, str, list[Any]]:
    name, _, values = spec.partition("=")
    stage, _, field = name.partition(".")
    kind = type(getattr(getattr(DEFAULT_SETTINGS, stage), field))
    return stage, field, [kind(v) for v in values.split(",")]


def _emit(line: str, out: Any) -> None:
    print(line, flush=True)
    if out is not None:
        out.write(line + "\n")
        out.flush()


Rows = dict[Any, dict[str, list[float]]]


def _verdict(stage: str, field: str, current: Any, rows: Rows) -> list[str]:
    """Per set: the optimum (whole set and half B), what the current value costs, and what
    the value fitted on the other sets' A halves gives the set (leave one set out); then the
    `one-set` flag and the table row of docs/design.md."""
    lines, costs, optimal, cells = [], {}, [], []
    for name in rows[current]:
        best = max(rows, key=lambda v: (rows[v][name][0], v == current))
        cost = rows[best][name][0] - rows[current][name][0]
        costs[name] = cost
        if cost <= 0:
            optimal.append(name)
        b_best = max(rows, key=lambda v: (rows[v][name][2], v == current))
        others = [other for other in rows[current] if other != name]
        fitted = max(
            rows, key=lambda v: (sum(rows[v][o][1] for o in others) / len(others), v == current)
        )
        held_out = rows[fitted][name][0] - rows[current][name][0]
        lines.append(
            f"#\t{stage}.{field}\t{name}\toptimum {best}\tcost {cost:.4f}\t"
            f"optimum B {b_best}\tcost B {rows[b_best][name][2] - rows[current][name][2]:.4f}\t"
            f"fitted without it {fitted}: {held_out:+.4f}"
        )
        cells.append(f"{best} ({cost:.4f}); {fitted} ({held_out:+.4f})")
    flag = len(optimal) == 1 and any(c > 0.002 for c in costs.values())
    if flag:
        lines.append(f"#\t{stage}.{field}\tone-set: optimal on {optimal[0]} only")
    lines.append(
        f"| `{stage}.{field}` | {current} | " + " | ".join(cells) + f" | {'one-set' * flag} |"
    )
    return lines


def _read_grid(path: Path) -> tuple[dict[Field, Rows], dict[Field, str]]:
    """A grid TSV written by this script: each field's rows by value, and its current value."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    sets = [cell[: -len(" all")] for cell in lines[0] if cell.endswith(" all")]

    def scores(cells: list[str]) -> dict[str, list[float]]:
        return {s: [float(c) for c in cells[4 + 4 * i : 8 + 4 * i]] for i, s in enumerate(sets)}

    default = scores(lines[1])
    grids: dict[Field, Rows] = {}
    currents: dict[Field, str] = {}
    for cells in lines[2:]:
        if cells[0].startswith("#") or len(cells) < 4 + 4 * len(sets):
            continue
        field = (cells[0], cells[1])
        currents[field] = str(getattr(getattr(DEFAULT_SETTINGS, cells[0]), cells[1]))
        grids.setdefault(field, {currents[field]: default})[cells[2]] = scores(cells)
    return grids, currents


def _reach(stage: str, field: str, current: Any, rows: dict[Any, dict[str, list[float]]]) -> str:
    """The largest move of each set's F1 (whole) over the values tried: does the field matter."""
    moves = {
        name: max(abs(scores[name][0] - rows[current][name][0]) for scores in rows.values())
        for name in rows[current]
    }
    cells = " ".join(f"{name} {move:.4f}" for name, move in moves.items())
    return f"#\t{stage}.{field}\tmax move {max(moves.values()):.4f}\t{cells}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("list", "sense", "grid", "table"))
    parser.add_argument("fields", nargs="*", help="grid: STAGE.FIELD=v1,v2,...; table: TSV")
    parser.add_argument("--sets", default=",".join(HTML_SETS))
    parser.add_argument("--halves", default="A,B", help="A, B or A,B")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument(
        "--stages", default=None, help="sense: only these stages or STAGE.FIELDs (a,b)"
    )
    parser.add_argument("--shared", default=None)
    parser.add_argument("--dumps", default=str(DEFAULT_DUMPS), help="text-twin cache")
    parser.add_argument("--out", default=None, help="also write the rows to this TSV")
    args = parser.parse_args(argv)
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115
    if args.mode == "list":
        notes = calibration_notes()
        _emit("stage\tfield\tvalue\tcalibration", out)
        for stage, field, value in numeric_fields():
            _emit(f"{stage}\t{field}\t{value}\t{notes.get((stage, field), '-')}", out)
        return 0
    if args.mode == "table":
        grids, currents = _read_grid(Path(args.fields[0]))
        for (stage, field), rows in grids.items():
            for line in _verdict(stage, field, currents[(stage, field)], rows):
                _emit(line, out)
        return 0
    bench = shared_dir(args.shared) / "bench"
    if not bench.is_dir():
        print(f"no dev data at {bench}; nothing to audit")
        return 0
    halves = [HALVES.index(h) for h in args.halves.split(",")]
    sets = {
        name: load_pages(_folder(bench, Path(args.dumps), name), args.limit, halves)
        for name in args.sets.split(",")
    }
    audit = Audit(load_module(bench / "score.py", "bench_score"), sets)
    _emit(_header(list(sets)), out)
    _emit(_row("-", "defaults", "-", 0, audit.default), out)
    if args.mode == "sense":
        stages = set(args.stages.split(",")) if args.stages else None
        specs = [
            (stage, field, steps(value))
            for stage, field, value in numeric_fields()
            if stages is None or stage in stages or f"{stage}.{field}" in stages
        ]
    else:
        specs = [_parse(spec) for spec in args.fields]
    for stage, field, values in specs:
        readers = audit.readers((stage, field))
        if not any(readers.values()):
            _emit(f"{stage}\t{field}\t-\t0\tread by no page", out)
            continue
        current = getattr(getattr(DEFAULT_SETTINGS, stage), field)
        rows = {current: audit.default}
        for value in values:
            if value == current:
                continue
            try:
                variant = _with(DEFAULT_SETTINGS, stage, field, value)
            except ValueError as refused:  # out of the field's declared range
                _emit(f"{stage}\t{field}\t{value}\t-\trefused: {refused}", out)
                continue
            rows[value] = audit.scores(variant, (stage, field))
            _emit(_row(stage, field, value, sum(readers.values()), rows[value]), out)
        lines = _verdict(stage, field, current, rows) if args.mode == "grid" else []
        for line in [*lines, _reach(stage, field, current, rows)]:
            _emit(line, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
