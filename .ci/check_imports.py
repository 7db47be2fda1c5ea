"""Check that imports inside newsextract go one way: a module imports only lower layers.

The layers, lowest first (a module may import its own layer and the ones below):

    0  foundation  _version, errors, model, options, settings, data/*
    1  blocks      the plain-data candidate and decision records
    2  signals     string-level ideas (no lxml)
    3  input       decode, sniff, safe parse
    4  stages      html/*, text/*, metadata/*, quotes/*  (and never each other)
    5  assemble, pagekind
    6  pipeline    pipeline, template
    7  api
    8  output      render, frame (presentation)
    9  scale       batch, rows, cli, warc, dask, spark
   10  package     __init__, __main__

Every import statement counts, at module level or inside a function (lazy imports too), so
"the model never imports render" holds however the import is written. Run from the
repository root: ``python .ci/check_imports.py``; exit status 1 on any violation.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = "newsextract"
SOURCE = Path(__file__).resolve().parents[1] / "src" / PACKAGE

#: Module-name prefixes (below the package) and their layer; the longest prefix wins.
LAYERS: dict[str, int] = {
    "_version": 0,
    "errors": 0,
    "model": 0,
    "options": 0,
    "settings": 0,
    "data": 0,
    "blocks": 1,
    "signals": 2,
    "input": 3,
    "html": 4,
    "text": 4,
    "metadata": 4,
    "quotes": 4,
    "assemble": 5,
    "pagekind": 5,
    "pipeline": 6,
    "template": 6,
    "api": 7,
    "output": 8,
    "scale": 9,
    "__init__": 10,
    "__main__": 10,
}
#: Stage packages of one layer that must not import one another.
SIBLINGS_APART = frozenset({"html", "text", "metadata", "quotes"})


def module_name(path: Path) -> str:
    """ "html/label.py" -> "html.label"; a package's __init__ is the package itself."""
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def layer(name: str) -> tuple[int, str]:
    """The layer of a module (below the package) and the top-level part that decides it."""
    top = name.split(".", maxsplit=1)[0]
    if top not in LAYERS:
        raise SystemExit(f"{name}: no layer assigned in .ci/check_imports.py")
    return LAYERS[top], top


def imported(tree: ast.AST, current: str) -> list[tuple[int, str]]:
    """(line, module below the package) of every newsextract import in a module."""
    found: list[tuple[int, str]] = []
    package = current.split(".")[:-1] if current != "__init__" else []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(
                (node.lineno, alias.name.removeprefix(PACKAGE + "."))
                for alias in node.names
                if alias.name.startswith(PACKAGE + ".")
            )
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # a relative import
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            elif base == PACKAGE:
                found.extend((node.lineno, alias.name) for alias in node.names)
                continue
            elif base.startswith(PACKAGE + "."):
                base = base.removeprefix(PACKAGE + ".")
            else:
                continue
            found.append((node.lineno, base))
    return found


def main() -> int:
    violations: list[str] = []
    checked = 0
    for path in sorted(SOURCE.rglob("*.py")):
        name = module_name(path)
        mine, my_top = layer(name)
        for line, target in imported(ast.parse(path.read_text(encoding="utf-8")), name):
            checked += 1
            theirs, their_top = layer(target)
            where = f"src/{PACKAGE}/{path.relative_to(SOURCE)}:{line}"
            if theirs > mine:
                violations.append(
                    f"{where}: {name} (layer {mine}) imports {target} (layer {theirs})"
                )
            elif my_top != their_top and {my_top, their_top} <= SIBLINGS_APART:
                violations.append(f"{where}: stage {my_top} imports stage {their_top}")
    modules = sum(1 for _ in SOURCE.rglob("*.py"))
    print(f"import directions: {modules} modules, {checked} imports, {len(violations)} violations")
    for violation in violations:
        print("  " + violation)
    return 1 if violations else 0


if __name__ == "__main__":
    sys.exit(main())
