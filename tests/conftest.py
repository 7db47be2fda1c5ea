"""Shared fixtures: the bundled example pages."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "france24-aleppo.txt").read_text(encoding="utf-8")
