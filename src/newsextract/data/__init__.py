"""Per-language word lists and markup vocabularies, kept as data apart from the code that
reads them."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a list written as one string."""
    return frozenset(text.split())
