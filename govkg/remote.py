"""A SPARQL 1.1 endpoint as a Backend: the same rows as the embedded store, or one clear error.

Reads go through SPARQLWrapper (the client users asked for): GET for short queries, POST for long
ones, results as SPARQL JSON turned into the embedded store's `Row` shape (IRIs and literals as
their lexical form). Every failure — the server is down, refuses the credentials, rejects the
query, answers with an error or does not answer in time — becomes one `RemoteError` whose message
is a single line naming the endpoint; the CLI prints it and exits 1.

Real servers differ from the embedded store; each difference is handled here, with a test in
tests/test_endpoints.py:
- Oxigraph server's default graph is only the default graph unless started with
  --union-default-graph: every query carries Oxigraph's `union-default-graph` parameter, and any
  other server is probed once (a triple of a named graph must be visible without GRAPH).
- Virtuoso caps every result at ResultSetMaxRows (10,000 by default) without saying so: a result
  that fills the cap is fetched again in pages (LIMIT/OFFSET over a sub-SELECT with a total order).
- Virtuoso answers xsd:boolean true as "1": booleans are turned back into "true"/"false".
- Virtuoso returns partial results when its own `timeout` parameter fires (X-SQL-State S1TAT):
  that is reported as a timeout, never passed off as the answer.
- SPARQLWrapper truncates its timeout to whole seconds (0.5 s becomes "no timeout"): the socket
  timeout is set directly.
Virtuoso's CONCAT mangles Vietnamese when it mixes stored strings with non-ASCII constants; the
named queries never do that (tests/test_endpoints.py checks them all against the embedded store).
"""

from __future__ import annotations

import ast
import http.client
import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from itertools import count
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, parse
from SPARQLWrapper import BASIC, DIGEST, GET, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from govkg.backend import Within
from govkg.config import Auth, Settings
from govkg.store import Row

GET_LIMIT = 2000  # URL-encoded query bytes up to which GET is used (URLs past ~8 kB are refused)
VIRTUOSO_CAP = 10_000  # Virtuoso's stock ResultSetMaxRows
XSD = "http://www.w3.org/2001/XMLSchema#"
Binding = dict[str, dict[str, str]]


class RemoteError(Exception):
    """A one-line, user-facing failure of a SPARQL endpoint."""


class Remote:
    """The read side of a SPARQL 1.1 endpoint (query URL), optionally with authentication."""

    def __init__(
        self,
        url: str,
        timeout: float = 60.0,
        auth: Auth | None = None,
        *,
        page_size: int | None = None,
        flavour: str | None = None,
    ):
        """`flavour` ("oxigraph", "virtuoso", "generic") is normally read off the Server header."""
        self.url = url
        self.timeout = timeout
        self.auth = auth
        self.page_size = page_size
        self._flavour: str | None = flavour
        self._probed = False

    @classmethod
    def from_settings(cls, s: Settings) -> Remote:
        return cls(s.endpoint, s.timeout, s.auth, page_size=s.page_size)

    # -- the Backend protocol ----------------------------------------------------------------

    def select(self, sparql: str, within: Within | None = None) -> tuple[list[str], list[Row]]:
        """`within` is not needed here: the server plans the query with its VALUES binding itself."""
        names, bindings = self.select_bindings(sparql)
        rows = [{n: _text(b.get(n)) for n in names} for b in bindings]
        if self._flavour == "virtuoso":
            # Virtuoso's GROUP_CONCAT of a group whose values are all unbound is "", Oxigraph's is unbound.
            lists = [n for n in group_concat_columns(sparql) if n in names]
            for row in rows:
                for n in lists:
                    if row[n] == "":
                        row[n] = None
        return names, rows

    def construct(self, sparql: str) -> list[Triple]:
        self._ready()
        body, _ = self._send(sparql, TURTLE, "CONSTRUCT")
        triples = list(parse(body, format=RdfFormat.TURTLE))
        cap = self._cap()
        if cap and len(triples) >= cap:
            raise RemoteError(f"{self.url}: the server capped the CONSTRUCT result at {cap} triples; use a SELECT")
        return triples

    def graph_names(self) -> list[str]:
        self._ready()
        # Oxigraph lists its graphs for an empty GRAPH pattern (Virtuoso answers one empty row);
        # Virtuoso takes ~10 s for SELECT DISTINCT ?g on even a small store, and ms for GROUP BY ?g.
        if self._flavour == "oxigraph":
            query = "SELECT ?g WHERE { GRAPH ?g { } }"
        else:
            query = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        _, rows = self.select(query)
        return sorted(str(r["g"]) for r in rows if r["g"])

    # -- more than the protocol: raw terms, quads, ASK -----------------------------------------

    def select_bindings(self, sparql: str) -> tuple[list[str], list[Binding]]:
        """Variables and SPARQL-JSON bindings, every row even past a server's row cap."""
        self._ready()
        names, bindings = self._select_once(sparql)
        cap = self._cap()
        if cap and len(bindings) >= cap:
            bindings = list(self._pages(sparql, names, cap))
        return names, bindings

    def ask(self, sparql: str) -> bool:
        self._ready()
        return self._ask(sparql)

    def quads(self, graphs: Sequence[str]) -> list[Quad]:
        """Every quad of some named graphs, as terms (datatypes and languages kept)."""
        values = " ".join(f"<{g}>" for g in graphs)
        query = f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        _, bindings = self.select_bindings(query)
        return [Quad(_term(b["s"]), _term(b["p"]), _term(b["o"]), _term(b["g"])) for b in bindings]  # type: ignore[arg-type]

    @property
    def flavour(self) -> str:
        """ "oxigraph", "virtuoso" or "generic", from the Server header of a first, trivial query."""
        if self._flavour is None:
            _, headers = self._send("ASK {}", JSON, "ASK", probe=True)
            server = headers.get("Server", "").lower()
            self._flavour = "oxigraph" if "oxigraph" in server else "virtuoso" if "virtuoso" in server else "generic"
        return self._flavour

    # -- quirks ----------------------------------------------------------------------------------

    def _ready(self) -> None:
        """Probe the server once: who it is, and whether its default graph is the union of the graphs."""
        if self._probed:
            return
        _ = self.flavour
        _, rows = self._select_once(
            "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s) && !isBlank(?o)) } LIMIT 1"
        )
        if rows and not self._ask(f"ASK {{ {_sparql(rows[0]['s'])} {_sparql(rows[0]['p'])} {_sparql(rows[0]['o'])} }}"):
            raise RemoteError(
                f"{self.url}: the default graph is not the union of the named graphs, and govkg's queries need it "
                "(Oxigraph: --union-default-graph; Fuseki: tdb2:unionDefaultGraph true; see README)"
            )
        self._probed = True

    def _cap(self) -> int | None:
        return self.page_size or (VIRTUOSO_CAP if self._flavour == "virtuoso" else None)

    def _params(self) -> dict[str, str]:
        if self._flavour == "oxigraph":
            return {"union-default-graph": "true"}
        if self._flavour == "virtuoso":
            # Virtuoso's own limit, in ms, so a runaway query stops on the server too. It overshoots
            # (a 1 s limit answered after 2 s), so it gets half the time and the socket the whole.
            return {"timeout": str(max(1, int(self.timeout * 500)))}
        return {}

    def _pages(self, sparql: str, names: list[str], size: int) -> Iterator[Binding]:
        """The whole result, LIMIT/OFFSET page by page over a sub-SELECT in a total order.

        Ordering by every projected variable makes each page well defined as a multiset (ties are
        only between identical rows); the query's own ORDER BY leads when it orders by projected
        variables, so the rows keep its order.
        """
        prologue, body = split_prologue(sparql)
        projected = " ".join(f"?{n}" for n in names)
        order = " ".join(dict.fromkeys([*own_order(body, names), *(f"?{n}" for n in names)]))
        for offset in count(0, size):
            # ORDER BY inside, LIMIT/OFFSET outside: Virtuoso refuses a sorted LIMIT+OFFSET past its
            # cap (SR353) but pages an ordered sub-SELECT (its "scrollable cursor" advice).
            ordered = f"SELECT {projected} WHERE {{ {{ {body} }} }} ORDER BY {order}"
            page = f"{prologue}\nSELECT {projected} WHERE {{ {{ {ordered} }} }} LIMIT {size} OFFSET {offset}"
            _, rows = self._select_once(page)
            yield from rows
            if len(rows) < size:
                return

    # -- one request -------------------------------------------------------------------------

    def _select_once(self, sparql: str) -> tuple[list[str], list[Binding]]:
        data = self._json(sparql, "SELECT")
        try:
            return list(data["head"]["vars"]), list(data["results"]["bindings"])
        except (KeyError, TypeError) as e:
            raise RemoteError(f"{self.url}: not a SELECT result (is this a SELECT query?)") from e

    def _ask(self, sparql: str) -> bool:
        data = self._json(sparql, "ASK")
        if not isinstance(data.get("boolean"), bool):
            raise RemoteError(f"{self.url}: not an ASK result")
        return bool(data["boolean"])

    def _json(self, sparql: str, kind: str) -> dict[str, Any]:
        body, _ = self._send(sparql, JSON, kind)
        try:
            data = json.loads(body)
        except ValueError:
            if body.rstrip().endswith(b"has been cancelled"):  # Oxigraph's --timeout-s, mid-stream
                raise RemoteError(f"{self.url}: the server cancelled the query at its own time limit") from None
            raise RemoteError(f"{self.url}: the answer is not SPARQL JSON results ({_first_line(body)})") from None
        if not isinstance(data, dict):
            raise RemoteError(f"{self.url}: the answer is not SPARQL JSON results")
        return data

    def _send(self, sparql: str, fmt: str, kind: str, probe: bool = False) -> tuple[bytes, http.client.HTTPMessage]:
        """One query over the SPARQL protocol; every failure becomes a one-line RemoteError."""
        wrapper = SPARQLWrapper(self.url, returnFormat=fmt)
        wrapper.setQuery(sparql)
        # SPARQLWrapper guesses the query type from keywords and takes "moves" in a comment for MOVE,
        # an update it then sends as `update=`; we know what we send.
        wrapper.queryType = kind
        long = len(urllib.parse.quote(sparql)) > GET_LIMIT
        wrapper.setMethod(POST if long else GET)
        # SPARQLWrapper.setTimeout truncates to whole seconds (0.5 s: no timeout); the socket takes a float.
        wrapper.timeout = self.timeout  # type: ignore[assignment]
        for name, value in ({} if probe else self._params()).items():
            wrapper.addParameter(name, value)
        if self.auth is not None:
            if self.auth.kind == "bearer":
                wrapper.addCustomHttpHeader("Authorization", f"Bearer {self.auth.token}")
            else:
                wrapper.setHTTPAuth(DIGEST if self.auth.kind == "digest" else BASIC)
                wrapper.setCredentials(self.auth.user, self.auth.password)
        try:
            result = wrapper.query()
            headers = result.response.info()
            body = result.response.read()
        except SPARQLWrapperException as e:
            raise RemoteError(explain_wrapper_error(self.url, e)) from None
        except Exception as e:  # urllib, socket and http.client all end here
            raise RemoteError(explain(self.url, e, self.timeout)) from None
        if headers.get("X-SQL-State") == "S1TAT":
            raise RemoteError(
                f"{self.url}: the server stopped the query at its time limit and sent partial results "
                "(Virtuoso X-SQL-State S1TAT); raise --timeout or simplify the query"
            )
        return body, headers


# -- errors ---------------------------------------------------------------------------------------


def explain(url: str, error: BaseException, timeout: float) -> str:
    """One line for a failed HTTP exchange with a SPARQL server (read or write)."""
    if isinstance(error, urllib.error.HTTPError):
        return http_error(url, error.code, error.read() if error.fp else b"")
    reason = error.reason if isinstance(error, urllib.error.URLError) else error
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"{url}: no answer within {timeout:g} s (timeout); is the server overloaded? raise --timeout"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: cannot connect (connection refused); is the server running?"
    if isinstance(reason, socket.gaierror):
        return f"{url}: unknown host"
    if isinstance(reason, ConnectionError | http.client.HTTPException):
        return f"{url}: the connection failed ({type(reason).__name__}); is this a SPARQL endpoint?"
    return f"{url}: {type(reason).__name__}: {_first_line(str(reason).encode())}"


def http_error(url: str, status: int, body: bytes) -> str:
    what = {
        400: "the server rejected the request",
        401: "the server refused the credentials (check user, password or token, and auth: basic, digest, bearer)",
        403: "the server refused access (forbidden)",
        404: "no such endpoint or graph",
        405: "this URL does not accept that method (wrong endpoint?)",
        413: "the request is too large for the server",
        414: "the query is too long for a GET",
    }.get(status, "the server failed" if status >= 500 else "the server said no")
    detail = _first_line(body)
    return f"{url}: {what} (HTTP {status})" + (f": {detail}" if detail else "")


_STATUS = {
    "QueryBadFormed": 400,
    "Unauthorized": 401,
    "EndPointNotFound": 404,
    "URITooLong": 414,
    "EndPointInternalError": 500,
}


def explain_wrapper_error(url: str, error: SPARQLWrapperException) -> str:
    """SPARQLWrapper folds the HTTP status into its exception class and the body into the message."""
    message = str(error)
    body = b""
    if "Response:\n" in message:
        try:
            body = ast.literal_eval(message.split("Response:\n", 1)[1].strip())
        except (ValueError, SyntaxError):
            body = message.split("Response:\n", 1)[1].encode()
    return http_error(url, _STATUS.get(type(error).__name__, 500), body if isinstance(body, bytes) else b"")


def _first_line(body: bytes) -> str:
    """The first non-empty line of an error body (Virtuoso and Oxigraph put the reason first)."""
    text = re.sub(r"<[^>]+>", " ", body.decode("utf-8", "replace"))  # HTML error pages
    lines = (" ".join(line.split()) for line in text.splitlines())
    return next((line[:200] for line in lines if line), "")


# -- terms ----------------------------------------------------------------------------------------


def _text(binding: dict[str, str] | None) -> str | None:
    """A binding as the embedded store shows it: IRI text, or a literal's lexical form."""
    if binding is None:
        return None
    value = binding["value"]
    if binding.get("datatype") == XSD + "boolean":
        return {"1": "true", "0": "false"}.get(value, value)  # Virtuoso's booleans are 1 and 0
    return value


def _term(binding: dict[str, str]) -> NamedNode | BlankNode | Literal:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(re.sub(r"\W", "_", value.removeprefix("nodeID://")))
    if "xml:lang" in binding:
        return Literal(value, language=binding["xml:lang"])
    datatype = binding.get("datatype")
    if datatype and datatype != XSD + "string":
        return Literal(_text(binding) or "", datatype=NamedNode(datatype))
    return Literal(value)


def _sparql(binding: dict[str, str] | None) -> str:
    """A bound term written back as SPARQL syntax (IRIs and literals only)."""
    term = _term(binding or {"type": "literal", "value": ""})
    return str(term)


# -- query text -----------------------------------------------------------------------------------

_GROUP_CONCAT = re.compile(r"GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*\)\s*AS\s*\?(\w+)", re.IGNORECASE)


def group_concat_columns(sparql: str) -> list[str]:
    """Variables a query projects as GROUP_CONCAT(...) AS ?name."""
    return _GROUP_CONCAT.findall(sparql)


_PROLOGUE = re.compile(r"\A(?:\s+|#[^\n]*\n|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)


def split_prologue(sparql: str) -> tuple[str, str]:
    """(PREFIX/BASE declarations and leading comments, the query proper)."""
    m = _PROLOGUE.match(sparql)
    end = m.end() if m else 0
    return sparql[:end], sparql[end:]


_ORDER = re.compile(r"\bORDER\s+BY\s+(?P<keys>[^{}]*?)\s*(?:(?:LIMIT|OFFSET)\s+\d+\s*)*\Z", re.IGNORECASE | re.DOTALL)


def own_order(body: str, names: Sequence[str]) -> list[str]:
    """The query's outermost ORDER BY keys, when all are plain (or ASC/DESC) projected variables."""
    m = _ORDER.search(body)
    if m is None:
        return []
    keys = re.sub(r"\s*([()])\s*", r"\1", m["keys"].strip()).split()
    plain = all(re.fullmatch(r"(?:(?:ASC|DESC)\(\?\w+\)|\?\w+)", k, re.IGNORECASE) for k in keys)
    if not keys or not plain or any(v not in names for v in re.findall(r"\?(\w+)", m["keys"])):
        return []
    return keys
