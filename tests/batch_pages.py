"""Distinct pages for batch, CLI and integration tests, made from the batch fixtures."""

from __future__ import annotations

from pathlib import Path

PAGES = Path(__file__).parent / "fixtures" / "batch"


def make_pages(directory: Path, count: int) -> list[Path]:
    """`count` distinct pages: the fixture pages, each with its own numbered paragraph."""
    templates = sorted(PAGES.glob("*.html"))
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        html = templates[n % len(templates)].read_text(encoding="utf-8")
        extra = f"<p>Update {n}: this report was revised {n} times after it first ran.</p>"
        path = directory / f"page-{n:03d}.html"
        path.write_text(html.replace("</h1>", "</h1>" + extra, 1), encoding="utf-8")
        paths.append(path)
    return paths
