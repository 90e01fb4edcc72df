"""Shared fixtures: the repository root, a built seed graph, and writing small articles."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from pathlib import Path

import pytest
from pyoxigraph import Store

if TYPE_CHECKING:
    from govkg.build import Build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_build() -> Build:
    from govkg.build import build

    return build([SEEDS])


@pytest.fixture(scope="session")
def seed_store(seed_build: Build) -> Store:
    from govkg.build import to_store

    store = Store()
    to_store(seed_build, store)
    return store


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Write an article file: a date line (or a bare title) and the body."""

    def write(body: str, title: str = "Tin hoạt động của huyện", date: str | None = "2024-01", name: str = "a") -> Path:
        head = f" date {date} {title}" if date else title
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{head}\n\n{body}\n", encoding="utf-8")
        return path

    return write
