"""The stage timer (`benchmarks/stages.py`) wraps each stage's entry where its caller reads
it, leaves the outputs alone and puts every entry back."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import newsextract
import stages

PAGE = (
    "<!DOCTYPE html><html><head><title>Bridge closes</title></head><body>"
    '<nav><a href="/a">Home</a> <a href="/b">Sports</a></nav>'
    "<article><h1>Bridge closes</h1><p>By Anna Writer</p>"
    "<p>The council voted on Tuesday to close the old bridge to traffic for good.</p>"
    '<p>"The steel beams have rusted beyond repair," the city engineer said on Monday.</p>'
    "<p>Residents will have to drive twenty minutes to the next crossing, the mayor said.</p>"
    "</article><footer><p>All rights reserved by the publisher.</p></footer></body></html>"
)


def test_every_stage_entry_is_a_function_of_its_module() -> None:
    for stage in stages.STAGES:
        assert callable(getattr(importlib.import_module(stage.module), stage.name)), stage


def test_timing_the_stages_changes_no_output_and_restores_the_entries() -> None:
    before = newsextract.extract(PAGE, url="https://example.org/bridge")
    originals = [getattr(importlib.import_module(s.module), s.name) for s in stages.STAGES]
    with stages.timed_stages() as spent:
        assert all(
            getattr(importlib.import_module(s.module), s.name) is not original
            for s, original in zip(stages.STAGES, originals, strict=True)
        )
        timed = newsextract.extract(PAGE, url="https://example.org/bridge")
    assert timed == before
    assert set(spent) == set(stages.STAGES)
    assert [getattr(importlib.import_module(s.module), s.name) for s in stages.STAGES] == originals
