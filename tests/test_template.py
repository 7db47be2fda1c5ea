"""learn_template: what repeats across pages of one site is learned, what one page says is not."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import Options, RemovalReason, Removed, extract
from newsextract.template import learn_template, page_blocks

TEMPLATE = Path(__file__).parent / "fixtures" / "template"
COURIER = [(TEMPLATE / f"courier-{i}.html").read_text(encoding="utf-8") for i in (1, 2, 3)]
TAGBLATT = [(TEMPLATE / f"tagblatt-{i}.txt").read_text(encoding="utf-8") for i in (1, 2, 3)]
COURIER_BLURB = (
    "The Valley Courier has reported on the towns of the upper valley since 1952, "
    "and is owned by a cooperative of its readers."
)
TAGBLATT_BLURB = (
    "Das Tagblatt erscheint seit 1948 und wird von einer Genossenschaft seiner "
    "Leserinnen und Leser herausgegeben."
)


def _lines(page: str) -> set[str]:
    return {" ".join(line.split()) for line in page.splitlines() if line.strip()}


def _removed(boilerplate: tuple[Removed, ...], reason: RemovalReason) -> set[str]:
    return {r.text for r in boilerplate if r.reason is reason}


# --- a made-up site: menus, footers and a blurb repeat, stories do not ---------------------


def test_learns_the_menu_footer_and_blurb_of_a_site() -> None:
    template = learn_template(COURIER)
    assert COURIER_BLURB in template
    # <nav> and <footer> are read as one block each (html.py), so they are learned whole
    assert any("News" in line and "Obituaries" in line for line in template)
    assert any("About the Courier" in line for line in template)
    assert any("© 2026 The Valley Courier, 14 Mill Street, Brookfield" in line for line in template)


def test_never_learns_a_story_line() -> None:
    template = learn_template(COURIER)
    for page in COURIER:
        own = page_blocks(page, "html", Options()).lines
        others = set().union(
            *(page_blocks(p, "html", Options()).lines for p in COURIER if p != page)
        )
        assert not (own - others) & template


def test_extract_removes_learned_lines_with_reason_template() -> None:
    options = Options(template_lines=learn_template(COURIER))
    for page in COURIER:
        article = extract(page, options=options)
        assert COURIER_BLURB not in article.text
        assert COURIER_BLURB in _removed(article.boilerplate, RemovalReason.TEMPLATE)


def test_extract_keeps_the_story_with_a_template() -> None:
    options = Options(template_lines=learn_template(COURIER))
    bare = extract(COURIER[1])
    templated = extract(COURIER[1], options=options)
    story = [p for p in bare.text.split("\n\n") if p != COURIER_BLURB]
    assert story
    assert templated.text == "\n\n".join(story)
    assert templated.title == bare.title


def test_text_dumps_learn_and_remove_repeated_lines() -> None:
    template = learn_template(TAGBLATT, kind="text")
    assert {"Startseite", "Impressum", "Datenschutz", TAGBLATT_BLURB} <= template
    article = extract(TAGBLATT[0], kind="text", options=Options(template_lines=template))
    assert TAGBLATT_BLURB not in article.text
    assert TAGBLATT_BLURB in _removed(article.boilerplate, RemovalReason.TEMPLATE)
    assert "Nach drei Jahren Bauzeit" in article.text


def test_auto_kind_sniffs_each_page() -> None:
    assert learn_template(TAGBLATT) == learn_template(TAGBLATT, kind="text")
    assert learn_template(COURIER) == learn_template(COURIER, kind="html")


def test_bytes_pages_are_decoded() -> None:
    assert learn_template([p.encode("utf-8") for p in COURIER]) == learn_template(COURIER)


def test_versions_of_one_story_count_as_one_page() -> None:
    updated = (TEMPLATE / "courier-1-updated.html").read_text(encoding="utf-8")
    story = "The concrete flood barrier along the east bank of the river was finished on Monday"
    template = learn_template([COURIER[0], updated, COURIER[1]])
    assert not any(line.startswith(story) for line in template)
    assert COURIER_BLURB in template
    assert any("News" in line and "Obituaries" in line for line in template)
    # two versions alone are one page: nothing to learn from
    assert learn_template([COURIER[0], updated]) == frozenset()


def test_a_story_that_grew_is_not_learned_from_its_first_version() -> None:
    first = [
        "On Monday the council approved the budget for the new harbour, after a long debate.",
        "The opposition said the costs had been underestimated by at least a third, again.",
        "Work on the first quay should start in the spring, the harbour master told reporters.",
        "Local fishermen welcomed the plan but asked for a say in where the new berths go.",
        "The harbour has not been extended since 1971, when the ferry terminal was built.",
        "A final vote on the financing is expected before the end of the year, officials said.",
    ]
    later = [
        f"Update {i}: the harbour authority published more details of the plan today, "
        f"including the schedule for phase {i} of the works and its expected costs."
        for i in range(12)
    ]
    menu = "Home\nNews\nPorts\n"
    pages = [
        menu + "\n".join(first),
        menu + "\n".join(first + later),
        menu + "A different story about the fish market, which opened a new hall today.",
    ]
    template = learn_template(pages, kind="text")
    assert not template & set(first)
    assert {"Home", "News", "Ports"} <= template


def test_separators_are_not_learned() -> None:
    pages = ["___\n* * *\n\u200b\nmenu\nstory one\n", "___\n* * *\n\u200b\nmenu\nstory two\n"]
    assert learn_template(pages, kind="text") == {"menu"}


# --- thresholds -----------------------------------------------------------------------------


def test_share_threshold_counts_distinct_pages() -> None:
    pages = ["menu\nA one\n", "menu\nshared\nB two\n", "menu\nshared\nC three\n", "D four\n"]
    assert learn_template(pages, kind="text") == {"menu", "shared"}
    assert learn_template(pages, kind="text", min_share=0.75) == {"menu"}
    assert learn_template(pages, kind="text", min_pages=4) == frozenset()


def test_a_line_repeated_within_one_page_counts_once() -> None:
    pages = ["Share\nShare\nShare\nstory one\n", "story two\n"]
    assert learn_template(pages, kind="text", min_share=0.0) == frozenset()


def test_min_pages_one_is_clamped_to_two() -> None:
    pages = ["only here\nmenu\n", "menu\nelsewhere\n"]
    assert learn_template(pages, kind="text", min_pages=1, min_share=0.0) == {"menu"}


def test_fewer_than_two_pages_learn_nothing() -> None:
    assert learn_template([], kind="text") == frozenset()
    assert learn_template([COURIER[0]]) == frozenset()
    assert learn_template([COURIER[0], "", b"\x00\x01\x02\x03" * 50]) == frozenset()


def test_accepts_any_iterable_once() -> None:
    assert learn_template(iter(COURIER)) == learn_template(COURIER)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"kind": "pdf"}, ValueError),
        ({"min_pages": 0}, ValueError),
        ({"min_pages": 2.0}, TypeError),
        ({"min_share": 1.5}, ValueError),
        ({"min_share": -0.1}, ValueError),
        ({"min_share": "half"}, TypeError),
        ({"options": {"tables": False}}, TypeError),
    ],
)
def test_bad_arguments_raise(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        learn_template(COURIER, **kwargs)  # type: ignore[arg-type]


def test_a_page_that_is_not_text_raises() -> None:
    with pytest.raises(TypeError):
        learn_template(["menu\n", 42])  # type: ignore[list-item]


@pytest.mark.parametrize("single", [COURIER[0], COURIER[0].encode("utf-8")])
def test_a_single_page_instead_of_a_batch_raises(single: str | bytes) -> None:
    kind = type(single).__name__
    with pytest.raises(TypeError, match=rf"^learn_template takes a list, not one {kind}: pass"):
        learn_template(single)  # type: ignore[arg-type]


# --- invariants -------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Home",
        "World",
        "Sport",
        "Subscribe now",
        "The mayor said on Monday that the bridge would reopen next week, after repairs.",
        "Rain is expected, forecasters said.",
        "Ukraine",
        "Advertisement",
        "© 2026 Example News",
    ]
)
_PAGE_LINES = st.lists(_WORDS, max_size=8)
_PAGES = st.lists(_PAGE_LINES, max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    pages=_PAGES,
    min_pages=st.integers(min_value=1, max_value=4),
    min_share=st.floats(min_value=0.0, max_value=1.0),
)
def test_never_learns_a_line_found_in_only_one_page(
    pages: list[list[str]], min_pages: int, min_share: float
) -> None:
    texts = ["\n".join(lines) for lines in pages]
    template = learn_template(texts, kind="text", min_pages=min_pages, min_share=min_share)
    for line in template:
        assert sum(line in _lines(text) for text in texts) >= 2


@settings(max_examples=100, deadline=None)
@given(pages=_PAGES)
def test_the_order_of_pages_does_not_matter(pages: list[list[str]]) -> None:
    texts = ["\n".join(lines) for lines in pages]
    expected = learn_template(texts, kind="text")
    for order in itertools.islice(itertools.permutations(texts), 6):
        assert learn_template(list(order), kind="text") == expected
