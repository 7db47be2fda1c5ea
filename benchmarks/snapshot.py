"""Snapshot every dev page's `Article.to_dict()`, and compare two snapshots.

A behaviour-preserving change (a refactor, a speed-up) must leave every output as it was; this
is how that is checked, on all the dev benchmark pages at once:

    python benchmarks/snapshot.py write /tmp/snap-before        # on the old commit
    python benchmarks/snapshot.py write /tmp/snap-after         # on the new one
    python benchmarks/snapshot.py diff /tmp/snap-before /tmp/snap-after

`write` runs `newsextract.extract` on every page of the sets below (two worker processes) and
writes one ``<set>.jsonl.gz`` per set (``--sets twins`` adds the text twins ``SET:STYLE`` of
`run.py`'s dump cache), a line per page: ``{"id", "article"}``. `diff` lists the
pages whose output differs, with the fields that changed (``--show N`` prints N of them in
full); it exits 1 when anything differs. ``write --no-metadata`` extracts with
``Options(metadata=False)``, which must change the metadata fields only. Like the other
benchmark scripts it reads ``../shared/bench`` and exits cleanly when that folder is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DEFAULT_DUMPS, DUMP_STYLES, TWIN_SOURCES, load_pages, shared_dir

#: The dev sets snapshotted, with the `kind` newsextract is told (their manifests say it too).
SETS = ("scrapinghub", "readability", "dragnet", "fundus-dev", "scrapinghub-text")
#: ``--sets twins``: every text twin ``SET:STYLE`` (read from the dump cache of `run.py`).
TWINS = tuple(f"{name}:{style}" for name in TWIN_SOURCES for style in DUMP_STYLES)


def _folder(bench: Path, dumps: Path, name: str) -> Path:
    """A set's folder: ``bench/SET``, or ``dumps/SET/STYLE`` for a text twin ``SET:STYLE``."""
    source, _, style = name.partition(":")
    return dumps / source / style if style else bench / name


def _extract_set(args: tuple[Path, str, int | None, bool]) -> tuple[str, list[dict[str, Any]]]:
    folder, name, limit, metadata = args
    import newsextract

    options = newsextract.Options(metadata=metadata)
    rows = []
    for page in load_pages(folder, limit):
        article = newsextract.extract(page.content, url=page.url, kind=page.kind, options=options)  # type: ignore[arg-type]
        rows.append({"id": page.id, "article": article.to_dict()})
    return name, rows


def write(
    out: Path, folders: dict[str, Path], limit: int | None, workers: int, *, metadata: bool = True
) -> int:
    """Write one gzipped JSON-lines file per set under `out` (sets without a manifest are
    skipped: text twins are made by `run.py`); `metadata` is `Options.metadata`."""
    out.mkdir(parents=True, exist_ok=True)
    jobs = [
        (folder, name, limit, metadata)
        for name, folder in folders.items()
        if (folder / "manifest.jsonl").exists()
    ]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for name, rows in pool.map(_extract_set, jobs):
            with gzip.open(out / f"{name}.jsonl.gz", "wt", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            print(f"{name}: {len(rows)} pages")
    return 0


def _read(path: Path) -> dict[str, dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {row["id"]: row["article"] for row in map(json.loads, handle)}


def diff(before: Path, after: Path, show: int, ignore: Sequence[str]) -> int:
    """Print the pages whose outputs differ between two snapshots; 1 when any does."""
    changed = 0
    for old_path in sorted(before.glob("*.jsonl.gz")):
        name = old_path.name.removesuffix(".jsonl.gz")
        new_path = after / old_path.name
        if not new_path.exists():
            print(f"{name}: missing in {after}")
            changed += 1
            continue
        old, new = _read(old_path), _read(new_path)
        pages = [pid for pid in old if old[pid] != new.get(pid)]
        differing = []
        for pid in pages:
            fields = sorted(
                key
                for key in {*old[pid], *(new.get(pid) or {})}
                if key not in ignore and old[pid].get(key) != (new.get(pid) or {}).get(key)
            )
            if fields:
                differing.append((pid, fields))
        print(f"{name}: {len(old)} pages, {len(differing)} differ")
        for pid, fields in differing:
            print(f"  {pid}: {', '.join(fields)}")
        for pid, fields in differing[:show]:
            for key in fields:
                print(f"    --- {pid} {key}\n    old: {old[pid].get(key)!r:.2000}")
                print(f"    new: {(new.get(pid) or {}).get(key)!r:.2000}")
        changed += len(differing)
    return 1 if changed else 0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default: ../shared)")
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="snapshot every dev page")
    w.add_argument("out", type=Path)
    w.add_argument(
        "--sets",
        default=",".join(SETS),
        help="comma-separated dev sets, text twins SET:STYLE, or 'twins' for all of them",
    )
    w.add_argument("--dumps", type=Path, default=DEFAULT_DUMPS, help="the text-twin cache")
    w.add_argument("--limit", type=int)
    w.add_argument("--workers", type=int, default=2)
    w.add_argument(
        "--no-metadata",
        action="store_true",
        help="extract with Options(metadata=False): diffed against a normal snapshot with "
        "--ignore set to model.METADATA_FIELDS and provenance, no page may differ",
    )
    d = sub.add_parser("diff", help="compare two snapshots")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=0, help="print this many differing pages in full")
    d.add_argument("--ignore", default="", help="comma-separated fields not compared")
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.before, args.after, args.show, [f for f in args.ignore.split(",") if f])
    bench = shared_dir(args.shared) / "bench"
    if not bench.is_dir():
        print(f"no benchmark data at {bench}; nothing to snapshot")
        return 0
    names = [n for item in args.sets.split(",") for n in (TWINS if item == "twins" else [item])]
    folders = {name: _folder(bench, args.dumps, name) for name in names}
    return write(args.out, folders, args.limit, args.workers, metadata=not args.no_metadata)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
