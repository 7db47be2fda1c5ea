"""Griffe extension for the docs site: fence bare doctest paragraphs in docstrings.

newsextract's docstrings follow the Python convention of bare ``>>>`` paragraphs, which
doctest runs as they stand. Markdown would read ``>>>`` as nested block quotes, markup in an
example as HTML and ``[...]`` in an expected output as a link, so each such paragraph is
fenced as ``pycon`` code before mkdocstrings renders it. Loaded from mkdocs.yml
(``extensions``); it never touches the source files.
"""

from __future__ import annotations

from typing import Any

import griffe

_FENCE = "```"


def fence_doctests(text: str) -> str:
    r"""`text` with every paragraph opening with ``>>>`` wrapped in a ``pycon`` fence.

    A paragraph runs to the next blank line, as in doctest; text already fenced is kept.

    >>> fence_doctests("Add:\n\n>>> 1 + 1\n2\n\nDone.").split("\n")
    ['Add:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    """
    lines = text.split("\n")
    out: list[str] = []
    fenced = False
    index = 0
    while index < len(lines):
        stripped = lines[index].lstrip()
        if stripped.startswith(_FENCE):
            fenced = not fenced
        if fenced or not stripped.startswith(">>>"):
            out.append(lines[index])
            index += 1
            continue
        indent = lines[index][: len(lines[index]) - len(stripped)]
        out.append(f"{indent}{_FENCE}pycon")
        while index < len(lines) and lines[index].strip():
            out.append(lines[index])
            index += 1
        out.append(f"{indent}{_FENCE}")
    return "\n".join(out)


class FenceDoctests(griffe.Extension):
    """Fence the doctest paragraphs of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = fence_doctests(obj.docstring.value)
