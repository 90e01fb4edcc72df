"""Libraries imported on first use.

The network commands need networkx; building, validating and querying do not, yet every `govkg`
command registers the network commands and so imported it: 70 ms of a 270 ms start. The modules that
use it import it from here (`from govkg.lazy import networkx as nx`); it is imported the first time
one of its attributes is read.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING


def lazy_module(name: str) -> ModuleType:
    """The module `name`, imported when first used (at once if it already is)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module


if TYPE_CHECKING:
    import networkx as networkx
else:
    networkx = lazy_module("networkx")
