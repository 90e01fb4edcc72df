"""Read one article file: date line, title, body sentences, captions, byline.

The format is the one the sample articles use: an optional first line " date YYYY-MM <title>",
else a title line; paragraphs; photo captions as short standalone lines; a byline closing the
article. Anything that cannot be read as such an article raises ArticleError with a one-line
message naming the file, so the build can skip it and go on.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from loaders.parse.dates import WEEKDAY
from loaders.text import HONORIFIC, UPPER, NormalisedText, normalise


class ArticleError(Exception):
    """An input that is not a readable article. The message names the file and the reason."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text, with its offsets in the normalised and original text."""

    index: int
    start: int
    end: int
    text: str
    original_start: int
    original_end: int
    quote: str
    is_caption: bool = False  # a short line standing alone: a photo's caption, or a paragraph's heading
    is_title: bool = False
    credited: bool = False  # a photo's caption for certain: its credit follows it ("… xã Đăk Mar. Ảnh: H.T")

    def clause_start(self, pos: int) -> int:
        """Where the clause holding the article offset pos starts: after the sentence's last semicolon before
        pos, else at the sentence's start."""
        return self.start + self.text.rfind(";", 0, pos - self.start) + 1


@dataclass
class Article:
    stem: str
    path: Path
    content_hash: str
    norm: NormalisedText
    title: str
    year: int | None = None
    month: int | None = None
    byline: str | None = None
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.norm.text

    @cached_property
    def paragraphs(self) -> list[list[Sentence]]:
        """Sentences grouped by paragraph: a line break between two sentences starts a new one, as does
        the end of the title. (Grouped once: the readers of meetings and of targets both walk them.)"""
        groups: list[list[Sentence]] = []
        for s in self.sentences:
            last = groups[-1][-1] if groups else None
            if last is None or "\n" in self.text[last.end : s.start] or s.is_title != last.is_title:
                groups.append([])
            groups[-1].append(s)
        return groups


_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{1,2})\b\s*(.*)$")
# The words of a portal's publication stamp, before its date: "Cập nhật: 14:32 02/10/2025", "Đăng lúc: 15/11/2024".
_STAMP_WORDS = (
    r"cập nhật|đăng (?:ngày|lúc|tải|vào)|ngày đăng|ngày cập nhật|(?:ngày |thời gian )?xuất bản|thời gian đăng"
)
# Site furniture of web portals: visit counters, share buttons, image file names, timestamps. A share
# button is a few words ("Chia sẻ bài viết", "Chia sẻ: Facebook"); a paragraph may open with the verb
# ("Chia sẻ kinh nghiệm, ông … cho biết …").
_BOILERPLATE = re.compile(
    r"^\s*(lượt (xem|truy cập|đọc)\b.*|chia sẻ\s*(:.*|(\s+[^\s,.]+){0,4}\s*)|in bài( viết)?\b.*|bản in\b.*|"
    rf"[\w\-]+\.(jpe?g|png|gif|webp)\s*$|({_STAMP_WORDS})\s*:?.*\d.*|"
    r"trang chủ\b.*|tin liên quan\b.*|(tags?|từ khóa)\s*:.*)$",
    re.IGNORECASE,
)
# A sentence ends before a capital or a digit, never a small letter: "(Jasmine 85, OM 18, ST24…) đạt 35.300 ha" goes on.
_SENTENCE_END = re.compile(rf'(?<=[.!?…])["\')]?\s+(?=["“(]?[{UPPER}0-9])')
_ABBREV_BEFORE_DOT = re.compile(r"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|BS|KS|Đ/c|đ/c|St|Ths|v\.v)|\b[A-ZĐ])\.$")
# … but none goes on into an honorific, which opens a sentence: "… Phó Chủ tịch UBND TP. Đ/c Hoàng Thị Lệ Thu …"
# names no city.
_HONORIFIC_NEXT = re.compile(rf"[\"“(]?{HONORIFIC}(?!\w)", re.IGNORECASE)
# A lone capital after a counter word is a Roman numeral ending the sentence ("… nhiệm vụ quý I."), no initial.
_NUMERAL_BEFORE_DOT = re.compile(r"(?i:quý|khóa|thứ|đợt|kỳ|giai đoạn)\s+[IVX]\.$")
# The number of a list item opening its line or following a colon ("yêu cầu: 1. Hoàn thành GPMB 63,6 ha …; 2. …")
# ends no sentence.
_ITEM_NUMBER = re.compile(r"(?:.*[:;])?\s*\d{1,2}\.", re.DOTALL)
_BYLINE_WORD = re.compile(rf"^(?:[{UPPER}][\w\u0300-\u036f]*|-|–|và|\(CTV\)|\(TTXVN\)|\(.*\)|CTV|PV|Nhóm)$")


def read_article(path: Path, data: bytes | None = None) -> Article:
    """Decode, normalise and segment one article file (its bytes `data`, when they are at hand)."""
    raw_bytes = _read_bytes(path) if data is None else data
    raw = _decode(path, raw_bytes)
    norm = normalise(raw)
    lines = _lines(norm.text)
    if not lines:
        raise ArticleError(f"{path}: empty article (no text)")
    first_start, first_end = lines[0]
    first = norm.text[first_start:first_end]
    year = month = None
    title_start = first_start
    m = _DATE_LINE.match(first)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        title_start = first_start + m.start(3)
        if not 1 <= month <= 12:
            raise ArticleError(f"{path}: line 1: date line has month {month}")
    title = norm.text[title_start:first_end].strip()
    body = [(s, e) for s, e in lines[1:] if not _is_furniture(norm.text, s, e)]
    if year is None:
        year, month = _page_stamp(norm.text, lines[1:])
    byline = None
    if body and _looks_like_byline(norm.text[body[-1][0] : body[-1][1]]):
        byline = norm.text[body[-1][0] : body[-1][1]].strip()
        body = body[:-1]
    article = Article(
        stem=path.stem,
        path=path,
        content_hash=hashlib.sha256(raw_bytes).hexdigest(),
        norm=norm,
        title=title,
        year=year,
        month=month,
        byline=byline,
    )
    article.sentences = _sentences(article, [(title_start, first_end)], body)
    words = sum(len(s.text.split()) for s in article.sentences)
    if words < 20 or not _looks_vietnamese(norm.text):
        raise ArticleError(f"{path}: not an article (only {words} words of Vietnamese text)")
    return article


_STAMP = re.compile(
    rf"^\s*(?:{_STAMP_WORDS})\s*:?.*?\b\d{{1,2}}[/-](\d{{1,2}})[/-]((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# A line of the page head that is a date and nothing else, but a weekday, a time and a time zone: "05/01/2024 15:20
# GMT+7", "Chủ nhật, 09/11/2025 - 21:15", "Thứ Sáu, 12/07/2024 | 08:30", "02/01/2025 | Lượt xem: 214".
_TIME_OF_DAY = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"
_BARE_DATE = re.compile(
    rf"(?:(?:{WEEKDAY}|t[2-7]|cn)\s*[,|-]?\s*)?(?:ngày\s+)?(?:{_TIME_OF_DAY}\s*[,|-]?\s*)?"
    rf"\d{{1,2}}[/-](\d{{1,2}})[/-]((?:19|20)\d\d)(?:\s*[,|-]?\s*{_TIME_OF_DAY})?\s*"
    r"(?:\|\s*(?:lượt xem|lượt đọc|nguồn|tác giả)\b.*)?",
    re.IGNORECASE,
)
_HEAD_LINES = 3  # the lines after the title where a page's bare date may stand


def _is_furniture(text: str, s: int, e: int) -> bool:
    """A line of the page, not of the article: a counter, a share button, a date standing alone."""
    return _BOILERPLATE.match(text[s:e]) is not None or _BARE_DATE.fullmatch(text, s, e) is not None


def _page_stamp(text: str, lines: list[tuple[int, int]]) -> tuple[int | None, int | None]:
    """A portal's publication stamp ("Cập nhật: 14:32 02/10/2025", "Đăng lúc: 15/11/2024 - 14:02"), or a bare
    date under the title, dates an article with no date line."""
    for i, (s, e) in enumerate(lines):
        m = _STAMP.match(text[s:e]) or (_BARE_DATE.fullmatch(text, s, e) if i < _HEAD_LINES else None)
        if m and 1 <= int(m.group(1)) <= 12:
            return int(m.group(2)), int(m.group(1))
    return None, None


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ArticleError(f"{path}: cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise ArticleError(f"{path}: empty file")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{path}: binary file, not text")
    return data


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ArticleError(f"{path}: undecodable UTF-16 text at byte {e.start}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ArticleError(f"{path}: line {line}: not UTF-8 text (byte {e.start}); save the article as UTF-8") from None


_MARKED = re.compile("[\u00c0-\u1ef9]")


def _looks_vietnamese(text: str) -> bool:
    """At least ten marked letters (found by a regex, stopping at the tenth)."""
    return next(itertools.islice(_MARKED.finditer(text), 9, None), None) is not None


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end), with hard line breaks inside a sentence joined."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            spans.append((-1, -1))  # paragraph break
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        prev = spans[-1] if spans else (-1, -1)
        if prev[0] >= 0 and _continues(text[prev[0] : prev[1]], stripped, first=len(spans) == 1):
            spans[-1] = (prev[0], end)
        else:
            spans.append((start, end))
    return [s for s in spans if s[0] >= 0]


def _continues(previous: str, line: str, first: bool = False) -> bool:
    """A line that starts in lower case after a line with no closing punctuation continues it. So
    does any line after a long unpunctuated one that is not the headline: portals wrap text at a
    fixed width, also before a capital ("… Chủ nhiệm Ủy ban Kiểm tra / Tỉnh ủy; …"), while captions
    and headings are short."""
    if previous[-1] in '.!?:;"…)':
        return False
    if line[0].islower() or line[0] in ",;)":
        return True
    return not first and len(previous) >= 60 and not _BOILERPLATE.match(previous) and not _BOILERPLATE.match(line)


def _looks_like_byline(line: str) -> bool:
    words = line.strip().split()
    if not 1 <= len(words) <= 9 or line.rstrip().endswith((".", ":", ";")):
        return False
    return all(_BYLINE_WORD.match(w) for w in words)


def _sentences(article: Article, title: list[tuple[int, int]], body: list[tuple[int, int]]) -> list[Sentence]:
    text = article.text
    out: list[Sentence] = []
    for block, is_title in ((title, True), (body, False)):
        for start, end in block:
            pieces = _split(text, start, end)
            # A caption may end in its photo's credit, which the splitter takes for a sentence ("… xã Đăk Mar. Ảnh: H.T").
            credited = len(pieces) == 2 and _PHOTO_CREDIT.fullmatch(text, *pieces[1]) is not None
            caption = not is_title and len(pieces) == 1 + credited and _is_caption(text[slice(*pieces[0])])
            for s, e in pieces:
                o_start, o_end = article.norm.original_span(s, e)
                out.append(
                    Sentence(
                        index=len(out),
                        start=s,
                        end=e,
                        text=text[s:e],
                        original_start=o_start,
                        original_end=o_end,
                        quote=article.norm.original[o_start:o_end],
                        is_caption=caption,
                        credited=caption and credited,
                        is_title=is_title,
                    )
                )
    return out


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside one paragraph."""
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _SENTENCE_END.finditer(text, start, end):
        head = text[cursor : m.start()].rstrip()
        abbreviated = _ABBREV_BEFORE_DOT.search(head) and not _NUMERAL_BEFORE_DOT.search(head)
        if (abbreviated and not _HONORIFIC_NEXT.match(text, m.end())) or _ITEM_NUMBER.fullmatch(head):
            continue
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, end))
    return [(s, _rstrip(text, s, e)) for s, e in out if text[s:e].strip()]


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


_PHOTO_CREDIT = re.compile(r"(?i)\(?\s*(?:nguồn\s+)?ảnh(?:\s+minh\s+ho[ạa])?\s*:[^()]{0,40}\)?\.?")


def _is_caption(line: str) -> bool:
    """Photo captions stand alone, are short and describe a picture."""
    return len(line.split()) <= 22 and line.count(",") <= 3
