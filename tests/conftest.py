"""Shared fixtures: the repository root, a built seed graph, and writing small articles."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pyoxigraph import Store

if TYPE_CHECKING:
    from govkg.build import Build
    from govkg.servers import Server

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


# ---------------------------------------------------------------------------------------------
# Real SPARQL servers on loopback (tests/test_endpoints.py, tests/test_push.py). Started once per
# session; Virtuoso is skipped with a reason outside CI when it is not installed, and fails in CI.


def _need_virtuoso() -> None:
    from govkg.servers import virtuoso_binary

    if virtuoso_binary() is None:
        reason = "Virtuoso is not installed (apt-get install -y virtuoso-opensource; .ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles (data/articles), built into a throwaway build folder."""
    from govkg.build import build_folder

    out = tmp_path_factory.mktemp("shared") / "build"
    build_folder([SEEDS], out)
    return out


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Oxigraph server started *without* --union-default-graph: the client must cope."""
    from govkg.servers import start_oxigraph

    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph") / "db", union=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    _need_virtuoso()
    from govkg.servers import start_virtuoso

    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Server:
    """Each real server in turn (the shared build is pushed to it by the tests that need it)."""
    found: Server = request.getfixturevalue(f"{request.param}_server")
    return found
