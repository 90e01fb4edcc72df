"""Legal documents cited by number: "Nghị quyết số 10-NQ/TU của Ban Thường vụ Tỉnh ủy về ...".

Numbers come in two styles: the party's "<n>-<TYPE>/<ISSUER>" (10-NQ/TU, 35-CT/TW, 05-NQ/ĐU) and the
state's "<n>/[<year>/]<TYPE>-<ISSUER>" (15/NQ-HĐND, 1339/QĐ-TTg, 30/2023/NQ-HĐND), plus the
legislature's "<n>/<year>/QH<k>". The canonical number drops stray spaces and writes type and issuer
as the tables do. The type comes from data/lookup/document_types.tsv, the issuer from the suffix
(document_issuers.tsv), refined by the organ words around the number (document_organs.tsv): a TU
number is the Tỉnh ủy's unless "của Ban Thường vụ Tỉnh ủy" says it is its standing committee's.
Anything a table does not know is reported, never guessed; so are short forms ("Nghị quyết 10").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from loaders.article import Sentence
from loaders.context import Context
from loaders.extract.congresses import name_after, named_in_article
from loaders.gazetteer import KINDS, LOOKUP
from loaders.model import Document, Unit, evidence
from loaders.text import UPPER, key, skip_space

CENTRAL = "central"
_LEVEL_OF_KIND = {kind: level for kind, level in KINDS.values()}
_LETTERS = r"[^\W\d_]"
_BEFORE = r"(?<![\w/.-])"
_PARTY = re.compile(
    rf"{_BEFORE}(?P<n>\d{{1,4}})\s*-\s*(?P<type>{_LETTERS}{{1,4}})\s*/\s*(?P<issuer>{_LETTERS}{{1,7}})(?![\w/])"
)
# The number may carry a letter: "Nghị quyết 30a/2008/NQ-CP" (the programme for the poorest districts).
_STATE = re.compile(
    rf"{_BEFORE}(?P<n>\d{{1,5}}[a-z]?)\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?"
    rf"(?P<type>{_LETTERS}{{1,4}})\s*-\s*(?P<issuer>{_LETTERS}{{1,7}})(?P<k>\d{{1,2}})?(?![\w-])"
)
# Laws and resolutions of the National Assembly carry its legislature: 43/2022/QH15.
_LEGISLATURE = re.compile(
    rf"{_BEFORE}(?P<n>\d{{1,5}})\s*/\s*(?P<year>(?:19|20)\d\d)\s*/\s*(?P<issuer>{_LETTERS}{{2,6}})(?P<k>\d{{1,2}})(?!\w)"
)
_DATE = re.compile(
    r"(?:ban hành\s+)?ngày\s+(?P<d>\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:(?:\s*[/.-]\s*|\s+năm\s+)(?P<y>\d{4}))?(?!\d)",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_OF = re.compile(r"(?:của|do)\s+", re.IGNORECASE)
_ABOUT = re.compile(r"về\s+", re.IGNORECASE)
_SUBJECT_WORDS = 30
_UPPER = f"[{UPPER}]"  # capital letters, Vietnamese ones included


@dataclass(frozen=True)
class Issuer:
    suffix: str
    organ: str
    level: str
    fixed: bool
    label: str


@dataclass(frozen=True)
class OrganWords:
    suffixes: frozenset[str]
    organ: str
    kind: str
    level: str
    label: str


@dataclass(frozen=True)
class Reference:
    """A document number found in a sentence (offsets into sentence.text)."""

    start: int  # of the type word before the number when there is one ("Nghị quyết số ...")
    number_start: int
    end: int
    number: str  # canonical
    type_code: str  # as written, upper-cased
    suffix: str  # as written, upper-cased
    year: int | None


@dataclass
class _Tail:
    """What follows a number: date, issuer words, subject."""

    end: int
    day: date | None = None
    organ: tuple[OrganWords, Unit | None] | None = None
    subject: str | None = None


def _rows(name: str) -> list[dict[str, str]]:
    with (LOOKUP / name).open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def _alternation(phrases: list[str]) -> str:
    parts = [r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True)]
    return rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)"


@lru_cache(maxsize=1)
def _types() -> dict[str, tuple[str, list[str]]]:
    """type code (case-folded) → (canonical code, words that name the type)."""
    return {key(r["code"]): (r["code"], r["words"].split("|")) for r in _rows("document_types.tsv")}


@lru_cache(maxsize=1)
def _issuers() -> dict[str, Issuer]:
    rows = _rows("document_issuers.tsv")
    return {
        key(r["suffix"]): Issuer(r["suffix"], r["organ"], r["level"], r["fixed"] == "yes", r["label"]) for r in rows
    }


@lru_cache(maxsize=1)
def _organ_words() -> tuple[re.Pattern[str], dict[str, OrganWords]]:
    table: dict[str, OrganWords] = {}
    for r in _rows("document_organs.tsv"):
        kinds = sorted(_LEVEL_OF_KIND) if "{kind}" in r["words"] else [r["kind"]]
        for kind in kinds:
            level = CENTRAL if kind == CENTRAL else _LEVEL_OF_KIND[kind]
            suffixes = frozenset(key(s) for s in r["suffixes"].split(","))
            words = r["words"].replace("{kind}", kind)
            table[key(words)] = OrganWords(suffixes, r["organ"], kind, level, r["label"].replace("{kind}", kind))
    return re.compile(_alternation(list(table)), re.IGNORECASE), table


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    by_role: dict[str, list[str]] = {}
    for r in _rows("document_cues.tsv"):
        by_role.setdefault(r["role"], []).append(key(r["cue"]))
    type_words = [w for _, ws in _types().values() for w in ws]
    words = type_words + by_role["document-word"]
    return {
        "action": re.compile(_alternation(by_role["implement"] + by_role["block"]), re.IGNORECASE),
        # A subject is a noun phrase; after a comma, a capital ("..., Ban Thường vụ Huyện ủy đã ban hành")
        # or a unit word that is not one of a list ("..., tỉnh ban hành" but not "tỉnh, huyện, xã") opens
        # the main clause of the sentence.
        "subject_stop": re.compile(
            rf"[;:]|\.(?:\s|$)|\s[(\[]|(?:,\s*|\s+){_alternation(by_role['subject-stop'])}"
            rf"|(?:,\s*|\s+và\s+)(?:các\s+)?{_alternation(words)}"
            rf"|,\s*(?-i:{_UPPER})|,\s*{_alternation(list(KINDS))}(?!,|\s+và\b)",
            re.IGNORECASE,
        ),
        "type_before": re.compile(rf"{_alternation(words)}(?:\s+số)?\s*$", re.IGNORECASE),
        # Only the five types: "Chương trình 135", "Đề án 06" are names, not numbers of a document.
        "short": re.compile(
            rf"{_alternation(type_words)}(?:\s+(?P<so>số))?\s+(?P<n>\d{{1,4}})(?!\d)(?!\s*[-/]\s*\w)(?!\w)",
            re.IGNORECASE,
        ),
        "not_number": re.compile(rf"\s*(?:{'|'.join(map(re.escape, by_role['not-number']))})(?!\w)", re.IGNORECASE),
    }


# ---------------------------------------------------------------------------------------------
# Numbers


def _canonical(m: re.Match[str], style: re.Pattern[str]) -> tuple[str, str, str]:
    """(canonical number, type code, suffix) with table spellings where the tables know them."""
    suffix_raw = m.group("issuer")
    issuer = _issuers().get(key(suffix_raw))
    suffix = issuer.suffix if issuer else suffix_raw.upper()
    if style is _LEGISLATURE:
        return f"{m.group('n')}/{m.group('year')}/{suffix}{m.group('k')}", "", suffix
    known = _types().get(key(m.group("type")))
    type_code = known[0] if known else m.group("type").upper()
    if style is _PARTY:
        return f"{m.group('n')}-{type_code}/{suffix}", type_code, suffix
    year = f"{m.group('year')}/" if m.group("year") else ""
    return f"{m.group('n')}/{year}{type_code}-{suffix}{m.group('k') or ''}", type_code, suffix


def references(text: str) -> list[Reference]:
    """Every document number in the text, left to right (cached: documents and meetings both ask)."""
    return list(_references(text))


@lru_cache(maxsize=4096)
def _references(text: str) -> tuple[Reference, ...]:
    return tuple(_scan_references(text))


def _scan_references(text: str) -> list[Reference]:
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []
    if not _DIGIT.search(text):
        return found  # every number style has digits; most sentences have none
    for style in (_LEGISLATURE, _PARTY, _STATE):
        for m in style.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            number, type_code, suffix = _canonical(m, style)
            # "các Nghị quyết số 61, 62, 63/NQ-HĐND": numbers listed after a type word share this one's type
            # and issuer.
            listed = _LISTED_NUMBERS.search(text, max(0, m.start() - 40), m.start())
            ranged = None if listed else _RANGE.search(text, max(0, m.start() - 40), m.start())
            first = listed.start() if listed else ranged.start() if ranged else m.start()
            before = _cues()["type_before"].search(text, 0, first)
            if before is None:
                first = m.start()  # a list with no type word before it is no list of numbers of documents
                ranged = None
            start = before.start() if before else m.start()
            if style is _LEGISLATURE:
                type_code = _type_of_words(before.group(0)) if before else ""
            year = int(m.group("year")) if "year" in m.groupdict() and m.group("year") else None
            items = _ITEM.finditer(text, first, m.start()) if not ranged else ()
            for item in items:
                other = item.group(0) + number[len(m.group("n")) :]
                found.append(Reference(start, item.start(), item.end(), other, type_code, suffix, year))
            if ranged is not None and 0 < int(m.group("n")) - int(ranged.group("low")) <= _LONGEST_RANGE:
                for n in range(int(ranged.group("low")), int(m.group("n"))):
                    other = str(n) + number[len(m.group("n")) :]
                    found.append(Reference(start, *ranged.span("low"), other, type_code, suffix, year))
            found.append(Reference(start, m.start(), m.end(), number, type_code, suffix, year))
    found += _central_short_forms(text, taken)
    return sorted(found, key=lambda r: (r.start, r.number_start))


def _central_short_forms(text: str, taken: list[tuple[int, int]]) -> list[Reference]:
    """A short form the Party's centre is said to have issued ("Nghị quyết 57 của Bộ Chính trị"): its number is
    full, as the centre's documents all carry the one suffix TW; so are the numbers listed after it ("các Nghị quyết
    số 57, 59, 66 và 68 của Bộ Chính trị")."""
    out: list[Reference] = []
    for m in _short_forms(text):
        listed = _NUMBERS_AFTER.match(text, m.end())
        end = listed.end() if listed else m.end()
        if any(s < end and m.start() < e for s, e in taken) or not _central_organ().match(text, end):
            continue
        type_code = _type_of_words(m.group(0))
        numbers = [(m.start("n"), m.end("n"))] + [i.span() for i in _ITEM.finditer(text, m.end(), end)]
        for first, last in numbers:
            out.append(Reference(m.start(), first, last, f"{text[first:last]}-{type_code}/TW", type_code, "TW", None))
    return out


# Numbers listed after a short form: "Nghị quyết số 57, 59, 66 và 68 của Bộ Chính trị".
_NUMBERS_AFTER = re.compile(r"(?:\s*(?:,|và)\s*\d{1,4}(?![\d/.-]))+")


@lru_cache(maxsize=1)
def _central_organ() -> re.Pattern[str]:
    """ "của Bộ Chính trị", "của Ban Chấp hành Trung ương" …: the organs whose documents only carry TW."""
    _, table = _organ_words()
    central = [words for words, organ in table.items() if organ.suffixes == {key("TW")}]
    return re.compile(rf"\s*,?\s*{_OF.pattern}{_alternation(central)}", re.IGNORECASE)


# Numbers listed before a full one: "61, 62 và 63/NQ-HĐND".
_LISTED_NUMBERS = re.compile(r"(?<![\d/.-])(?:\d{1,4}\s*(?:,|và)\s*)+$")
_ITEM = re.compile(r"\d{1,4}")
# A range of numbers before a full one: "(từ số 38 đến số 40/NQ-HĐND)" is 38, 39 and 40. The opening bracket
# stands between the type word and the range.
_RANGE = re.compile(r"(?<![\d/.-])(?:\(\s*)?(?:từ\s+)?(?:số\s+)?(?P<low>\d{1,4})\s+(?:đến|tới)\s+(?:số\s+)?$", re.I)
_LONGEST_RANGE = 20


def _type_of_words(words: str) -> str:
    """The type code a type word names: "Nghị quyết số" → NQ."""
    k = key(words)
    for code, ws in _types().values():
        if any(k.startswith(key(w)) for w in ws):
            return code
    return ""


# ---------------------------------------------------------------------------------------------
# What follows a number: date, issuer, subject


def _day(m: re.Match[str], ref: Reference) -> date | None:
    year = int(m.group("y")) if m.group("y") else ref.year
    if year is None:
        return None
    try:
        return date(year, int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def _organ_at(ctx: Context, sentence: Sentence, pos: int) -> tuple[OrganWords, Unit | None, int] | None:
    """Organ words at pos, with the unit they name ("UBND huyện Thọ Xuân") when a name follows."""
    pattern, table = _organ_words()
    m = pattern.match(sentence.text, pos)
    if m is None:
        return None
    words = table[key(m.group(0))]
    if words.kind == CENTRAL:
        return words, None, m.end()
    named = name_after(ctx, words.kind, sentence.text, m.end())
    if named is None:
        return words, None, m.end()
    return words, ctx.named_unit(words.kind, named[0], sentence), named[1]


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
        pos += 1
    return pos


def _tail(ctx: Context, sentence: Sentence, ref: Reference) -> _Tail:
    text = sentence.text
    tail = _Tail(end=ref.end)
    pos = ref.end
    for _ in range(4):
        pos = _skip(text, pos)
        d = _DATE.match(text, pos)
        if d is not None and tail.day is None:
            tail.day, pos = _day(d, ref), d.end()
            tail.end = pos
            continue
        of = _OF.match(text, pos)
        organ = _organ_at(ctx, sentence, of.end()) if of else None
        if organ is not None and tail.organ is None:
            tail.organ, pos = (organ[0], organ[1]), organ[2]
            tail.end = pos
            continue
        about = _ABOUT.match(text, pos)
        if about is not None:
            tail.subject, tail.end = _subject(text, about.end())
        break
    return tail


def _subject(text: str, start: int) -> tuple[str | None, int]:
    """The "về ..." subject up to the end of its clause, at most a few dozen words."""
    stop = _cues()["subject_stop"].search(text, start)
    end = stop.start() if stop else len(text)
    other = [r.start for r in references(text[start:end])]
    if other:
        end = start + other[0]
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) > _SUBJECT_WORDS:
        # Too long for a title: keep the words up to the last comma within the limit.
        limit = start + words[_SUBJECT_WORDS - 1].end()
        comma = text.rfind(",", start, limit)
        end = comma if comma > start else limit
    while end > start and text[end - 1] in " ,.\"'":
        end -= 1
    return (text[start:end] or None), end


# ---------------------------------------------------------------------------------------------
# Issuer


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind(";", 0, start) + 1
    hi = text.find(";", end)
    return lo, hi if hi >= 0 else len(text)


def _fits(words: OrganWords, issuer: Issuer) -> bool:
    if key(issuer.suffix) not in words.suffixes:
        return False
    # "thành phố" is a district-level city or a centrally run one: its level is the text's to say.
    return not issuer.fixed or words.level == issuer.level or words.kind == "thành phố"


def _nearby_organ(
    ctx: Context, sentence: Sentence, ref: Reference, issuer: Issuer
) -> tuple[OrganWords, Unit | None] | None:
    """The nearest organ words in the clause that can issue under this suffix."""
    text = sentence.text
    lo, hi = _clause(text, ref.start, ref.end)
    pattern, _ = _organ_words()
    best: tuple[int, tuple[OrganWords, Unit | None]] | None = None
    for m in pattern.finditer(text, lo, hi):
        organ = _organ_at(ctx, sentence, m.start())
        if organ is None or not _fits(organ[0], issuer):
            continue
        distance = ref.start - m.end() if m.end() <= ref.start else m.start() - ref.end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, (organ[0], organ[1]))
    return best[1] if best else None


def _issuer_unit(ctx: Context, level: str, kind: str | None) -> Unit | None:
    """The unit of an organ named without its name ("của Ban Chấp hành Đảng bộ huyện")."""
    if level == CENTRAL:
        return None
    unit = ctx.unit_at(level, kind) or ctx.unit_at(level)
    if unit is None and kind == "thành phố" and ctx.province is not None and ctx.province.kind == kind:
        return ctx.province
    if unit is None and kind is not None:
        unit = named_in_article(ctx, kind)  # the one "Huyện ủy Lệ Thủy" the article names
    # "Nghị quyết số 15-NQ/HU" where no district is named: that district's, not a document of the nation's
    return unit if unit is not None else Unit.unnamed(level, ctx.article.stem)


# ---------------------------------------------------------------------------------------------
# Documents


# A session passing documents: "Kỳ họp đã biểu quyết thông qua 06 nghị quyết".
_PASSED = re.compile(r"(?i)(?<!\w)(?:đã|biểu quyết|nhất trí)\s+thông qua(?!\w)")


def _document(ctx: Context, sentence: Sentence, ref: Reference) -> tuple[Document, bool] | None:
    """The document a number names, and whether words around it said who issued it."""
    if key(ref.type_code) not in _types():
        ctx.report("unknown-document-type", ref.number, sentence, ref.type_code)
        return None
    issuer = _issuers().get(key(ref.suffix))
    if issuer is None:
        ctx.report("unknown-document-suffix", ref.number, sentence, ref.suffix)
        return None
    tail = _tail(ctx, sentence, ref)
    organ = tail.organ if tail.organ and _fits(tail.organ[0], issuer) else _nearby_organ(ctx, sentence, ref, issuer)
    organ_code, level, label, kind = issuer.organ, issuer.level, issuer.label, None
    if organ is not None:
        organ_code, level, label, kind = organ[0].organ, organ[0].level, organ[0].label, organ[0].kind
    elif not issuer.fixed and ctx.subject is not None and _PASSED.search(sentence.text, 0, ref.start):
        # "Kỳ họp đã biểu quyết thông qua 06 nghị quyết, gồm: Nghị quyết số 58/NQ-HĐND …": the council in
        # session, of the unit the article is about, passed it.
        level, kind = ctx.subject.level, ctx.subject.kind
        label = f"{issuer.suffix} {kind}"
    unit = organ[1] if organ is not None and organ[1] is not None else _issuer_unit(ctx, level, kind)
    ev = evidence(ctx.article, sentence, sentence.start + ref.start, sentence.start + ref.end)
    doc = Document(ref.number, ref.type_code, issuer.suffix, label, unit, organ_code, ev, tail.day, tail.subject)
    return doc, organ is not None


@lru_cache(maxsize=4096)  # each sentence is asked three times (documents, short forms, meetings)
def _short_forms(text: str) -> tuple[re.Match[str], ...]:
    """Short forms ("Nghị quyết 10", "NQ số 11"): a type word and a number without its suffix."""
    if not _DIGIT.search(text):
        return ()  # no number, no short form: skip the costly regex
    cues = _cues()
    # Without "số", "Kế hoạch 5 năm" counts years: a number only when no unit word follows.
    return tuple(
        m for m in cues["short"].finditer(text) if m.group("so") or not cues["not_number"].match(text, m.end())
    )


def _leading_number(number: str) -> int:
    m = re.match(r"\d+", number)
    return int(m.group(0)) if m else -1


def short_references(text: str, documents: list[Document]) -> list[Reference]:
    """Short forms that name one document the article cites in full ("Nghị quyết 13" after 13-NQ/HU)."""
    out: list[Reference] = []
    full = {r.start for r in references(text)}
    for m in _short_forms(text):
        if m.start() in full:
            continue  # "Nghị quyết 57 của Bộ Chính trị" is a full reference already
        type_code = _type_of_words(m.group(0))
        n = int(m.group("n"))
        same = {d.number for d in documents if d.doc_type == type_code and _leading_number(d.number) == n}
        if len(same) == 1:
            out.append(Reference(m.start(), m.start("n"), m.end(), same.pop(), type_code, "", None))
    return out


def _report_short_forms(ctx: Context, documents: list[Document]) -> None:
    """Short forms the article does not cite in full anywhere: no reader can tell which document they are."""
    for sentence in ctx.article.sentences:
        resolved = {r.start for r in short_references(sentence.text, documents) + references(sentence.text)}
        for m in _short_forms(sentence.text):
            if m.start() not in resolved:
                ctx.report("unresolved-document-reference", m.group(0), sentence)


def extract_documents(ctx: Context) -> list[Document]:
    """Every document cited by a full number, once per number: first evidence, details from any mention."""
    merged: dict[str, Document] = {}
    said_issuer: set[str] = set()
    for sentence in ctx.article.sentences:
        for ref in references(sentence.text):
            found = _document(ctx, sentence, ref)
            if found is None:
                continue
            doc, refined = found
            first = merged.setdefault(doc.number, doc)
            first.day = first.day or doc.day
            first.subject = first.subject or doc.subject
            if refined and doc.number not in said_issuer:
                # A later "của Ban Thường vụ Tỉnh ủy" says more than the bare suffix of the first.
                first.issuer_label, first.issuer_organ, first.issuer_unit = (
                    doc.issuer_label,
                    doc.issuer_organ,
                    doc.issuer_unit,
                )
                said_issuer.add(doc.number)
    documents = list(merged.values())
    _report_short_forms(ctx, documents)
    return documents


# ---------------------------------------------------------------------------------------------
# Implementation


def implemented_documents(ctx: Context, sentence: Sentence, documents: list[Document]) -> list[str]:
    """Numbers of the documents the sentence says are carried out ("triển khai thực hiện Nghị quyết số ...")."""
    known = {d.number for d in documents}
    text = sentence.text
    refs = sorted(references(text) + short_references(text, documents), key=lambda r: r.start)
    spans = [(r.start, _tail(ctx, sentence, r).end) for r in refs]
    out: list[str] = []
    for ref in refs:
        if ref.number in known and ref.number not in out and _carried_out(text, ref, spans):
            out.append(ref.number)
    return out


_GAP_WORDS = 12


@lru_cache(maxsize=4)
def _cue_words(role: str) -> frozenset[str]:
    return frozenset(key(r["cue"]) for r in _rows("document_cues.tsv") if r["role"] == role)


def _list_start(text: str, ref: Reference, spans: list[tuple[int, int]]) -> int:
    """Start of the clause of a reference. A clause that opens with a document, after a clause that
    ends with one, continues a list: "triển khai Chỉ thị số 35-CT/TW ... về ...; Kết luận số 92-KL/TW"."""
    lo, _ = _clause(text, ref.start, ref.end)
    while lo > 0:
        opening = skip_space(text, lo)
        closing = len(text[: lo - 1].rstrip())  # end of the clause before, its ";" left out
        if not any(s == opening for s, _ in spans) or not any(s < closing <= e for s, e in spans):
            break
        lo = text.rfind(";", 0, lo - 1) + 1
    return lo


def _opens_sentence(text: str, pos: int) -> bool:
    """Nothing but spaces before pos since the sentence start or a semicolon."""
    before = text[:pos].rstrip()
    return not before or before[-1] == ";"


def _carried_out(text: str, ref: Reference, spans: list[tuple[int, int]]) -> bool:
    """The nearest action word before the number, in its clause, says "carry out", and is near:
    at most a dozen words away once the other documents listed in between are left out."""
    lo = _list_start(text, ref, spans)
    actions = list(_cues()["action"].finditer(text, lo, ref.start))
    if not actions or key(actions[-1].group(0)) not in _cue_words("implement"):
        return False
    if key(actions[-1].group(0)) in _cue_words("source") and _opens_sentence(text, actions[-1].start()):
        return False  # "Theo Nghị quyết số 02-NQ/HU, năm 2021 huyện phấn đấu ...": where targets come from
    gap = text[actions[-1].end() : ref.start]
    for s, e in sorted(spans, reverse=True):
        if actions[-1].end() <= s and e <= ref.start:
            offset = actions[-1].end()
            gap = gap[: s - offset] + " " + gap[e - offset :]
    return len(gap.split()) <= _GAP_WORDS
