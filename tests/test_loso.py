"""The settings audit (`benchmarks/loso.py`) reruns a field's values only on pages reading it.

That saving is sound only if recording the reads changes nothing and a field no page reads
cannot move the output; both are checked on a small page built like a news page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import loso
from fit import _with
from newsextract.options import Options
from newsextract.pipeline import run
from newsextract.settings import DEFAULT_SETTINGS, Settings

STORY = (
    "The council voted on Tuesday to close the old bridge to traffic for good this year.",
    "Engineers said the steel beams had rusted beyond repair during the last long winter.",
    "Residents will have to drive twenty minutes to the next crossing over the river now.",
)
PAGE = (
    "<html><head><title>Bridge closes</title></head><body>"
    '<nav><a href="/a">Schools reopen</a> <a href="/b">Sports</a></nav>'
    "<article><h1>Bridge closes</h1>" + "".join(f"<p>{s}</p>" for s in STORY) + "</article>"
    "<footer><p>All rights reserved.</p></footer></body></html>"
)


def _text(settings: Settings | loso._SettingsReads = DEFAULT_SETTINGS) -> str:
    return run(PAGE, url=None, kind="html", options=Options(), settings=settings).text  # type: ignore[arg-type]


def test_recording_reads_changes_nothing_and_sees_the_locate_numbers() -> None:
    seen: set[tuple[str, str]] = set()
    recorder = loso._SettingsReads(DEFAULT_SETTINGS, seen)
    recorded = _text(recorder)
    assert recorded == _text()
    assert STORY[0] in recorded
    assert ("locate", "reach_decay") in seen
    assert not any(stage == "text" for stage, _ in seen)


def test_a_field_the_page_does_not_read_cannot_move_it() -> None:
    seen: set[tuple[str, str]] = set()
    _text(loso._SettingsReads(DEFAULT_SETTINGS, seen))
    unread = next(f for s, f, _ in loso.numeric_fields() if s == "text" and ("text", f) not in seen)
    moved = _with(DEFAULT_SETTINGS, "text", unread, 0)
    assert _text(moved) == _text()


def test_steps_move_each_number_a_quarter_and_keep_shares_at_most_one() -> None:
    assert loso.steps(10) == [8, 12]
    assert loso.steps(1) == [0, 2]
    assert loso.steps(0.9) == [0.675, 1.0]
    assert loso.steps(2.0) == [1.5, 2.5]
    assert loso.steps(0.0) == [0.1]
