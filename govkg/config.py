"""Where the shared graph lives and how to log in: command line, then environment, then config files.

Precedence, first found wins for each key: the command line (`--endpoint`, `--timeout`), the
environment (GOVKG_ENDPOINT, GOVKG_UPDATE, GOVKG_STORE, GOVKG_USER, GOVKG_PASSWORD, GOVKG_TOKEN,
GOVKG_AUTH, GOVKG_TIMEOUT), `govkg.toml` in the working directory, then
~/.config/govkg/config.toml. A config file is flat TOML:

    endpoint = "http://127.0.0.1:7878/query"
    update = "http://127.0.0.1:7878/update"     # optional: derived from the endpoint when it can be
    store = "http://127.0.0.1:7878/store"       # optional: Graph Store Protocol endpoint, for push
    user = "alice"
    password = "…"                              # or token = "…" for a bearer token
    auth = "basic"                              # basic (default with a user), digest, or bearer
    timeout = 60

Secrets belong in the environment or the user's config file, not in a project's govkg.toml.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

KEYS = ("endpoint", "update", "store", "user", "password", "token", "auth", "timeout", "page_size")
DEFAULT_TIMEOUT = 60.0


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Auth:
    """HTTP authentication: basic or digest with user and password, or a bearer token."""

    kind: str  # "basic", "digest", "bearer"
    user: str = ""
    password: str = ""
    token: str = ""


@dataclass(frozen=True)
class Settings:
    endpoint: str
    update: str
    store: str
    auth: Auth | None
    timeout: float
    page_size: int | None


def config_files(cwd: Path | None = None) -> list[Path]:
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [(cwd or Path.cwd()) / "govkg.toml", home / "govkg" / "config.toml"]


def _read(path: Path) -> dict[str, object]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not a valid TOML config file ({e})") from e
    unknown = set(data) - set(KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(KEYS)}")
    return data


def settings(
    endpoint: str | None = None,
    timeout: float | None = None,
    *,
    update: str | None = None,
    store: str | None = None,
    cwd: Path | None = None,
) -> Settings | None:
    """The endpoint settings in force, or None when no endpoint is configured anywhere (use the build)."""
    given = {"endpoint": endpoint, "timeout": timeout, "update": update, "store": store}
    layers: list[dict[str, object]] = [
        {k: v for k, v in given.items() if v is not None},
        {k: os.environ[f"GOVKG_{k.upper()}"] for k in KEYS if os.environ.get(f"GOVKG_{k.upper()}")},
        *(_read(p) for p in config_files(cwd)),
    ]

    def get(key: str) -> object | None:
        return next((layer[key] for layer in layers if layer.get(key) not in (None, "")), None)

    url = get("endpoint")
    if url is None:
        return None
    url = str(url)
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"endpoint {url!r}: expected an http:// or https:// URL of a SPARQL query endpoint")
    derived_update, derived_store = derive(url)
    try:
        seconds = float(str(get("timeout") or DEFAULT_TIMEOUT))
        page = get("page_size")
        page_size = int(str(page)) if page is not None else None
    except ValueError as e:
        raise ConfigError(f"timeout and page_size must be numbers ({e})") from e
    return Settings(
        endpoint=url,
        update=str(get("update") or derived_update),
        store=str(get("store") or derived_store),
        auth=_auth(get("auth"), get("user"), get("password"), get("token")),
        timeout=seconds,
        page_size=page_size,
    )


def _auth(kind: object | None, user: object | None, password: object | None, token: object | None) -> Auth | None:
    if token is not None and kind in (None, "bearer"):
        return Auth("bearer", token=str(token))
    if user is None:
        if kind is not None:
            raise ConfigError(f"auth = {kind!r} needs a user (and password) or a token")
        return None
    kind = kind or "basic"
    if kind not in ("basic", "digest"):
        raise ConfigError(f"auth must be basic, digest or bearer, not {kind!r}")
    return Auth(str(kind), user=str(user), password=str(password or ""))


def derive(endpoint: str) -> tuple[str, str]:
    """The update and Graph Store endpoints that usually sit beside a query endpoint.

    Oxigraph: /query, /update, /store. Fuseki: /ds/query or /ds/sparql, /ds/update, /ds/data.
    Virtuoso: /sparql for both, /sparql-graph-crud (or -auth). GraphDB: /repositories/R,
    /repositories/R/statements, /repositories/R/rdf-graphs/service. Anything else: the same URL for
    updates, and `store` must be configured to push.
    """
    base, _, last = endpoint.rstrip("/").rpartition("/")
    if last == "query":
        return f"{base}/update", f"{base}/store" if base.count("/") == 2 else f"{base}/data"
    if last == "sparql" and "/repositories/" not in endpoint and base.count("/") == 2:
        return endpoint, f"{base}/sparql-graph-crud"
    if last == "sparql-auth":
        return endpoint, f"{base}/sparql-graph-crud-auth"
    if last == "sparql":
        return f"{base}/update", f"{base}/data"
    if "/repositories/" in endpoint:
        return f"{endpoint}/statements", f"{endpoint}/rdf-graphs/service"
    return endpoint, endpoint
