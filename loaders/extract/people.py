"""People and their titles: "đồng chí Lê Đình Hải, Bí thư Huyện ủy", "Chủ tịch UBND huyện Bùi Huy Toàn".

A sentence is read as a sequence of names and titles. A run of titles joined by commas or dashes
belongs to the name it runs straight into ("Bí thư Huyện ủy, Chủ tịch HĐND huyện Thọ Xuân Lê Đình
Hải"), else to the name just before it ("đồng chí Lê Văn Dậu, Bí thư Huyện ủy"); a semicolon
separates people. Posts given by a predicate ("A và B được bầu giữ chức Phó Bí thư …", "A hiện là …")
are every subject's, as are the boards one joins ("A, …, chỉ định tham gia Ban Chấp hành, Ban
Thường vụ và giữ chức Phó Bí thư Huyện ủy"); former posts ("nguyên Bí thư …") are not held. Titles
with no name are mentions by title only: they never make a person, but may point back to the one
named holder of them (never when plural: "các đồng chí Phó Bí thư"). Within an article, spellings
that differ only in diacritics or by one letter are one person (Dũng / Dung).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from loaders.article import Sentence
from loaders.context import Context
from loaders.extract.titles import APPOINTED, TitleMatch, find_titles, lexicon
from loaders.gazetteer import KIND_ALTERNATION
from loaders.model import LEVELS, Mention, Person, Title, evidence
from loaders.names import compatible, not_names, surnames, without_apostrophes
from loaders.text import HAMLET, HELD_WITH, HONORIFIC, LOWER, OFFICER_RANK, canonical, fold, key

# A word (a run of \w) that may be capitalised: it opens with neither a lower-case letter nor a digit.
# A word may hold an apostrophe: Ê Đê and Jrai given names ("H'Nga Byă", "H'Yim Kđoh"), also parted from the
# rest by a space ("H' Rin Byă"). Normalised text writes every apostrophe "'" (a typographic one too).
_MAYBE_CAPITALISED = re.compile(rf"(?<!\w)(?=[^{LOWER}0-9_])\w+(?:'\w+)*(?:'(?= \w))?")
_APOSTROPHE = re.compile("'")
_HONORIFIC = re.compile(rf"(?:{HONORIFIC}|anh|chị)\s*:?\s*$", re.IGNORECASE)
_LIST_INTRO = re.compile(r"(?:các đồng chí|gồm các đồng chí|gồm)\s*:?\s*$", re.IGNORECASE)
# A vote count or other aside in brackets after a name: "Sơn Thành Nhân (29/30 phiếu) và …"; or the term of
# the title before: "A, Phó Bí thư Thường trực Huyện ủy khóa XXV và B được bầu …".
_ASIDE = r"(?:\s*\([^()]{1,40}\)|\s+khóa\s+[IVXLC]+)?"
# What may stand between the titles of one person: a comma, a dash, or nothing, after the term of the
# title before ("ĐBQH khóa XV, Phó Trưởng Ban Dân tộc tỉnh"); "kiêm" or "đồng thời là" for a post held with it ("Bí
# thư Chi bộ kiêm Trưởng bản"). A semicolon separates people ("A, Bí thư Đảng ủy xã; Chủ tịch UBND xã B").
_TITLE_JOIN = re.compile(
    rf"\s*(?:khóa\s+[IVXLC]+\s*)?(?:,|-)?\s*(?:{HELD_WITH}\s+)?(?:(?:nguyên|cựu)\s+)?$", re.IGNORECASE
)
# A predicate giving the posts of the person before it: "đồng chí A hiện là …", "A được bầu giữ
# chức …", "A tiếp tục được chỉ định giữ chức …", "A được hiệp thương cử giữ chức …" (the Front's
# leaders are agreed by consultation, not elected), also after the term of the posts just named
# ("A, Trưởng Ban Tổ chức Huyện ủy khóa XXII được bầu giữ chức …", "…, Trưởng Ban Tổ chức Huyện ủy khóa X, được
# bầu …"). "thôi giữ chức" is not one.
_VERBS = rf"{APPOINTED}(?:\s*(?:,|và)\s*{APPOINTED})*"
# Where a person is sent before the posts they are given there: "(được điều động) đến nhận công tác
# tại Huyện ủy Mai Châu; chỉ định …", "… tại Ban Dân vận Tỉnh ủy, chỉ định giữ chức …", "… tại Ban
# Nội chính Tỉnh ủy và giữ chức …", "được luân chuyển về xã Sán Chải, chỉ định giữ chức …".
_SENT_TO = (
    rf"(?:(?:được\s+)?(?:{_VERBS}\s+)?(?:(?:đến|về)\s+(?:nhận công tác\s+)?(?:tại\s+)?|nhận công tác tại\s+)"
    r"[^,;.]{1,60}?(?:\s*[,;]\s*|\s+và\s+))"
)
_COPULA = re.compile(
    # after the close of former posts in brackets too: "A, Phó Bí thư … (nguyên Phó Bí thư Huyện ủy) giữ chức …"
    rf"(?:\s*\))?{_ASIDE}\s*,?\s*(?:khóa\s+[IVXLC]+\s*,?\s*)?(?:hiện\s+)?{_SENT_TO}?(?:lần lượt\s+)?"
    # "được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức …": who appointed, and several verbs
    rf"(?:(?:tiếp tục\s+|đã\s+|do\s+)?(?:được\s+(?:[^\W\d][\w ]{{0,40}}?\s+)?)?{_VERBS}\s+)?"
    # "được điều động về giữ chức …": sent back to the post, no place named; "được chỉ định tham gia giữ chức …"
    # "… đã trúng cử Ủy viên Ban Thường vụ Huyện ủy": an election won, said of the past; "A tái cử Bí thư Đảng uỷ"
    r"(?:lần lượt\s+)?(?:về\s+)?(?:(?:đã|vừa)\s+(?=trúng cử|(?:tái\s+)?đắc cử))?(?:(?:tham gia\s+)?giữ chức(?:\s+vụ)?|làm|là|vào chức(?:\s+vụ)?|trúng cử|(?:tái\s+)?đắc cử|tái cử)\s*",
    re.IGNORECASE,
)
# "đồng chí" or "ông"/"bà" alone before a copula stands for the person last named: "A, Trưởng Ban Dân vận Huyện
# ủy giữ chức Phó Bí thư Đảng ủy xã; đồng thời theo Nghị quyết …, đồng chí được chỉ định giữ chức Chủ tịch HĐND xã",
# also as the object of who appoints them: "…; UBND tỉnh bổ nhiệm ông giữ chức Giám đốc Sở …".
_PRONOUN_COPULA = re.compile(
    rf"[,;]\s*(?:[^,;]{{1,40}}?\s{APPOINTED}\s+)?(?<!các )(?:đồng chí|ông|bà)(?={_COPULA.pattern}$)", re.IGNORECASE
)
# Before a board joined by a person just named or titled: ", tham gia", " vào", "; (được) chỉ định tham gia", also
# after where they are sent (", đến nhận công tác tại Huyện ủy Mai Châu; chỉ định tham gia").
_JOINS = re.compile(
    rf"\s*[,;]?\s*{_SENT_TO}?(?:và\s+)?(?:(?:được\s+)?{_VERBS}\s+)?(?:tham gia|vào)\s+",
    re.IGNORECASE,
)
# "A, B lần lượt giữ chức T1 và T2": each subject in turn takes the next post of the list.
_RESPECTIVELY = re.compile(r"(?i)(?<!\w)lần lượt(?!\w)")
_NEXT_POST = re.compile(r"\s*(?:[,;]\s*)?(?:và\s*)?")


@dataclass
class _Respectively:
    """The subjects of "lần lượt" still waiting for their posts, and where the posts given so far end."""

    waiting: list[Block] = field(default_factory=list)
    end: int = -1


# After a joined board, the post given with it: "tham gia Ban Thường vụ, giữ chức Trưởng Ban …".
_THEN_POST = re.compile(r"\s*(?:,|và)?\s*(?:và\s+)?(?:giữ chức(?:\s+vụ)?|làm)\s+", re.IGNORECASE)


def _chained(text: str, last: TitleMatch, title: TitleMatch) -> bool:
    """Whether a title goes on the chain of titles that ends with `last` (one person's)."""
    if _joins(text, last.end, title):
        return True
    between = text[last.end : title.start]
    if last.joined and _THEN_POST.fullmatch(between):
        return True
    return _TITLE_JOIN.match(between) is not None


def _joins(text: str, end: int, title: TitleMatch) -> bool:
    """Whether a board joined after text[:end] is joined by whoever text[:end] names or titles."""
    return title.joined and _JOINS.fullmatch(text, end, title.start) is not None


def _joined_by(separators: str) -> re.Pattern[str]:
    """What joins the people of one subject, by these separators, after any aside of the one before: also after the
    close of the bracket the one before's former post stands in ("A (nguyên Phó Bí thư Thị ủy khóa XI) và B")."""
    return re.compile(rf"{_ASIDE}\)?\s*(?:{separators})\s*(?:{HONORIFIC}\s+)?", re.IGNORECASE)


# What joins the people of one subject: "đồng chí A và đồng chí B", "A, B".
_SUBJECT_JOIN = _joined_by(",|và")
# Subjects of a predicate may be items of a list, each with its titles: "A, Phó Bí thư Tỉnh ủy; B, Phó
# Giám đốc Sở Công Thương trúng cử đại biểu Quốc hội".
_TITLED_JOIN = _joined_by(",|;|và")


@dataclass
class Block:
    """One reference to a person in a sentence: a name with its titles, or titles alone."""

    sentence: Sentence
    start: int
    end: int
    titles: list[TitleMatch] = field(default_factory=list)
    name: str | None = None
    name_start: int = -1
    name_end: int = -1
    person: str | None = None  # Person.key once clustered or resolved by title
    plural: bool = False  # "các đồng chí Phó Bí thư Huyện ủy": titles of several people
    voter: bool = False  # "Cử tri Nông Văn Thượng phản ánh …": a voter, who speaks at a meeting in no post

    @property
    def title_values(self) -> list[Title]:
        """The posts the mention says the person holds (former posts are not held)."""
        return [t.title for t in self.titles if not t.former]

    @property
    def former_values(self) -> list[Title]:
        """The posts the mention says the person once held."""
        return [t.title for t in self.titles if t.former]


@dataclass
class People:
    persons: list[Person]
    blocks: dict[int, list[Block]]  # sentence index → blocks, left to right


def _is_cap(word: str) -> bool:
    """Capitalised: "Nga", "H'Nga", "H'lan" (after an apostrophe a Jrai name may go on in lower case), "H'"."""
    if "'" not in word:  # nearly every word: no split
        return _capitalised(word)
    first, *rest = _APOSTROPHE.split(word)
    return _capitalised(first) and all(part.islower() or _capitalised(part) for part in rest if part)


def _capitalised(part: str) -> bool:
    return part[:1].isupper() and (len(part) == 1 or part[1:].islower())


@dataclass
class NamesRead:
    """The names an article has given so far: its two-syllable names, which need no introduction again, and the
    last words of its full names, for which a given name alone after an honorific may stand."""

    pairs: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            if name.count(" ") == 1:
                self.pairs.add(name)
            elif name.count(" ") >= 2:
                self.given.add(name.rsplit(" ", 1)[1])


def find_names(ctx: Context, sentence: Sentence, titles: list[TitleMatch], known: NamesRead) -> list[tuple[int, int]]:
    """Spans of personal names: capitalised runs of 2–5 syllables shaped like Vietnamese names.

    `known` holds the names found earlier in the article: two-syllable names need no introduction again ("A
    Khang, Phó Bí thư …", then "các đồng chí Trần Văn Lực và A Khang được bầu …"), and a full name's given name
    may stand alone after an honorific ("Bà Oanh đề nghị …")."""
    text = ctx.article.text
    taken = [(t.start, t.end) for t in titles]  # with the unit names below: no name overlaps them
    # A unit a title reaches into is the title's to read: "Phó Chủ tịch UBND tỉnh Rơmah Tuân" names no unit.
    places = [(sentence.start + s, sentence.start + e) for s, e, _, _ in ctx.gazetteer.find(sentence.text)]
    taken += [(s, e) for s, e in places if not any(t.start <= s < t.end for t in titles)]
    title_ends = {t.end for t in titles}
    title_starts = {t.start for t in titles}
    # Most words are not capitalised: a regex passes over those that open with a lower-case letter
    # or a digit, and only the others are tested. It reads the sentence's own string, so that a
    # word may open it; offsets are then moved into the article text.
    capitalised = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _MAYBE_CAPITALISED.finditer(sentence.text)
        if _is_cap(m.group(0))
    ]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(capitalised):
        run = [capitalised[i]]
        i += 1
        # A run goes on through the capitalised words that follow it one space apart.
        while i < len(capitalised) and capitalised[i][0] == run[-1][1] + 1 and text[run[-1][1]] == " ":
            run.append(capitalised[i])
            i += 1
        if (given := _given_name(text, run, known)) is not None:
            spans.append(given)
            continue
        if len(run) < 2 and not _APOSTROPHE.search(text, *run[0]):
            # A lone capitalised word ("Tại", "Đồng") is a name only when one word says it ("K'Brỏi").
            continue
        span = _name_in_run(ctx, sentence, run, taken, title_ends, title_starts, known)
        if span:
            spans.append(span)
    return spans


def _name_in_run(
    ctx: Context,
    sentence: Sentence,
    run: list[tuple[int, int]],
    taken: list[tuple[int, int]],
    title_ends: set[int],
    title_starts: set[int],
    known: NamesRead,
) -> tuple[int, int] | None:
    """The personal name in a capitalised run: a family name and two to four more syllables.

    Official reporting names people in full (three or four syllables). A two-syllable run counts
    only where a person is certainly meant: after "đồng chí"/"ông"/"bà" or right after a title;
    elsewhere it is a place ("Đồng Hới", "Hà Trung") or an organisation.
    """
    text = ctx.article.text
    run = [w for w in run if all(w[1] <= s or w[0] >= e for s, e in taken)]
    if not run:
        return None
    words = [text[s:e] for s, e in run]
    seen = " ".join(words) in known.pairs  # a two-syllable name the article introduced before, whatever its family
    start = 0
    if words[0] in ("Ông", "Bà") and len(words) >= 3:
        # "Ông Nguyễn Văn Bình": the honorific opens the sentence and is no syllable of the name, whatever follows
        # ("Ông Alăng Văn Bươn, Chủ tịch UBND xã …", "Ông Bhriu Dưn mong …"); what is left must still read as a name.
        run, words = run[1:], words[1:]
    listed = _listed_with_title(text, run, title_starts)
    if (
        words[0] not in surnames()
        and not seen
        and not listed
        and not _introduced(text, sentence, run[0][0], title_ends)
    ):
        # Sentence-initial capital ("Đồng chí", "Tại") is not a name; look for a surname inside.
        start = next((i for i, w in enumerate(words) if w in surnames() and len(words) - i >= 2), -1)
        if start < 0:
            return None
    words = words[start : start + 5]
    introduced = seen or (listed and start == 0) or _introduced(text, sentence, run[start][0], title_ends)
    if not introduced and len(words) == 2 and words[0] in surnames():
        # "…; A Khang, Phó Bí thư Huyện ủy, …": two syllables from a family name, in apposition to a title.
        apposition = _BEFORE_TITLE.match(text, run[start + 1][1])
        introduced = apposition is not None and apposition.end() in title_starts
    # A K'Ho or Ê Đê name may be one word ("đồng chí K'Brỏi", "bà H'Lim"): only after an honorific or a title.
    shortest = 3 if not introduced else 1 if _APOSTROPHE.search(words[0]) else 2
    if len(words) < shortest or (
        _not_a_name(words) and not _official_named(text, run[start : start + len(words)], title_starts)
    ):
        return None
    if ctx.gazetteer.knows(" ".join(words)):
        return None  # "Giám đốc Sở Tài chính Hà Nam": a place the gazetteer knows
    if words[0] == "Đồng" and len(words) > 1 and words[1] == "Chí":
        return None
    first, last = run[start], run[start + len(words) - 1]
    if _opens_a_role(text, words, last[1]):
        return None  # "các đồng chí Phó Chủ nhiệm, Ủy viên UBKT": a role word with no organ, not "Phó Chủ"
    in_a_place = _NO_OFFICIAL_AFTER.search(text, max(0, first[0] - 30), first[0]) is not None
    if in_a_place and not _right_after(text, first[0], title_ends):
        # "Cử tri Trần Thị Lệ kiến nghị …", "Bí thư Chi bộ thôn Lô Lô Chải"; but a title that ends in the village's kind
        # word is its holder's: "Trưởng thôn Lê Văn Bình cho biết …"
        return None
    return first[0], last[1]


def _not_a_name(words: list[str]) -> bool:
    return key(" ".join(words)) in not_names() or key(" ".join(words[:2])) in not_names()


def _official_named(text: str, run: list[tuple[int, int]], title_starts: set[int]) -> bool:
    """Whether a name stands between an honorific and its post: "ông Nguyễn Chí Thanh, Phó Bí thư Huyện ủy" is an
    official, though streets and schools bear a general's name of the same spelling."""
    start = run[0][0]
    return _titled(text, run, title_starts) and _HONORIFIC_BEFORE.search(text, max(0, start - 10), start) is not None


# An honorific right before a word, capitalised or not: "Bà Oanh đề nghị …", "…, ông Lộc cho biết".
_HONORIFIC_BEFORE = re.compile(rf"(?i)(?<!\w){HONORIFIC}\s+$")


def _given_name(text: str, run: list[tuple[int, int]], known: NamesRead) -> tuple[int, int] | None:
    """The span of a given name alone after an honorific, standing for a person the article named in full before
    ("bà Đoàn Thị Kiều Oanh …. Bà Oanh đề nghị …"): the run's last word, alone or after the honorific that opens
    it; None for any other run."""
    word = run[-1]
    if len(run) > 2 or text[word[0] : word[1]] not in known.given:  # a set lookup first: most runs are no such name
        return None
    honorific = _HONORIFIC_BEFORE.search(text, max(0, word[0] - 10), word[0])
    return word if honorific is not None and (len(run) == 1 or honorific.start() == run[0][0]) else None


_BEFORE_TITLE = re.compile(r"\s*[,–-]\s*")
_NEXT_WORD = re.compile(rf" ([{LOWER}]+)")


def _opens_a_role(text: str, words: list[str], end: int) -> bool:
    """Whether the words and the lower-case word after them are a role word ("Phó Chủ" + "nhiệm")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and key(" ".join([*words, after.group(1)])) in lexicon().roles


_ITEM_OPENS = re.compile(r"[;:]\s*$")


def _listed_with_title(text: str, run: list[tuple[int, int]], title_starts: set[int]) -> bool:
    """A whole list item's name, whatever its family: "…; Clâu Thị Nhiên, Ủy viên BTV, …" (the Cơ Tu,
    Tà Ôi and other peoples have family names no table lists in full), or a one-word K'Ho name ("…; K'Bình, Phó
    Bí thư …")."""
    shortest = 1 if _APOSTROPHE.search(text, *run[0]) else 2
    if not shortest <= len(run) <= 4 or not _ITEM_OPENS.search(text, max(0, run[0][0] - 3), run[0][0]):
        return False
    return _titled(text, run, title_starts)


def _titled(text: str, run: list[tuple[int, int]], title_starts: set[int]) -> bool:
    """Whether a title is set beside the run: "…, Chủ tịch UBND xã …"."""
    apposition = _BEFORE_TITLE.match(text, run[-1][1])
    return apposition is not None and apposition.end() in title_starts


# Words after which a capitalised run names no official: a household ("Hộ ông Lê Văn Tám"), or a village,
# hamlet or quarter below the commune, which the gazetteer does not hold ("Chi bộ thôn Lô Lô Chải"; not "Sở
# Nông nghiệp và Phát triển nông thôn Nguyễn Văn Sáu"); or a commune the gazetteer lacks, where someone lives
# ("Đoàn viên người K'Ho ở xã Đinh Trang Thượng mong muốn …"). A voter is a person (see _VOTER).
_NO_OFFICIAL_AFTER = re.compile(
    rf"(?i)(?<!\w)(?:(?:người dân|hộ gia đình|gia đình|hộ)\s+(?:(?:ông|bà)\s+)?|(?<!nông ){HAMLET}\s+"
    r"|(?:ở|tại|thuộc)\s+(?:xã|phường|thị trấn)\s+"
    # a river, a canal, a bridge, a pass, a port, a market: "các cống dọc sông Hàm Luông, khuyến cáo …"
    r"|(?-i:sông|kênh|rạch|cầu|đèo|cảng|chợ)\s+)$"
)


# A voter named at a meeting with deputies: "Cử tri Giàng A Lử kiến nghị …".
_VOTER = re.compile(r"(?i)(?<!\w)cử tri\s+$")


def _introduced(text: str, sentence: Sentence, pos: int, title_ends: set[int]) -> bool:
    """Whether a word is introduced as a person: after an honorific, right after a title, or as the last of a
    pair an honorific in the plural opens ("Các đồng chí Nguyễn Văn Trí và Pơloong Lợi")."""
    before = text[max(sentence.start, pos - 12) : pos]
    return (
        bool(_HONORIFIC.search(before))
        or _right_after(text, pos, title_ends)
        or _PAIR_OPENED.search(text, max(sentence.start, pos - 60), pos) is not None
    )


def _right_after(text: str, pos: int, title_ends: set[int]) -> bool:
    """Whether only spaces part the word at pos from the end of a title."""
    before = text[max(0, pos - 12) : pos]
    return pos - (len(before) - len(before.rstrip())) in title_ends


_PAIR_OPENED = re.compile(rf"(?i)(?<!\w)các\s+(?:{HONORIFIC})\s+[^\W\d][^,;:.()]{{4,40}}?\s+và\s+$")


def read_blocks(ctx: Context, sentence: Sentence, known: NamesRead) -> list[Block]:
    """Names and titles of one sentence grouped into person references; the sentence's names join `known`,
    those of the article so far."""
    text = ctx.article.text
    titles = find_titles(ctx, sentence)
    names = find_names(ctx, sentence, titles, known)
    known.add(text[s:e] for s, e in names)
    items: list[tuple[int, int, str, object]] = [(t.start, t.end, "T", t) for t in titles]
    items += [(s, e, "N", None) for s, e in names]
    items.sort(key=lambda x: x[0])
    blocks: list[Block] = []
    chain: list[TitleMatch] = []
    shared: list[TitleMatch] = []  # "các Phó Chủ tịch UBND tỉnh: A, B": titles of every listed name
    listed: list[tuple[Block, list[TitleMatch]]] = []  # names given the shared titles by a list
    headings: set[int] = set()  # the shared titles of every list (by identity)
    respectively = _Respectively()
    last_named: Block | None = None
    for start, end, kind, value in items:
        if kind == "T":
            assert isinstance(value, TitleMatch)
            joined = chain and _chained(text, chain[-1], value)
            if chain and not joined:
                last_named = _close_chain(sentence, blocks, chain, last_named, text, respectively)
                chain = []
            # A listed name's own titles ("…: A, Trưởng Ban Tổ chức Tỉnh ủy; B, …") keep the list open.
            own = bool(chain) or (last_named is not None and _follows(text, last_named.end, start))
            chain.append(value)
            if not own:
                shared = []
            continue
        voter = _VOTER.search(text, max(0, start - 10), start) is not None
        name_block = Block(
            sentence, start, end, name=canonical(text[start:end]), name_start=start, name_end=end, voter=voter
        )
        if chain and (
            _RUN_IN.fullmatch(text, chain[-1].end, start)
            or (chain[-1].joined and _JOINED_LIST.fullmatch(text, chain[-1].end, start))
        ):
            if len(chain) > 1 and last_named is not None and _follows(text, last_named.end, chain[0].start):
                # "A, Bí thư Huyện ủy, Chủ tịch UBND huyện B": the comma gives A its titles, the
                # last one runs into B.
                last_named.titles.extend(chain[:-1])
                last_named.end = chain[-2].end
                chain = chain[-1:]
            name_block.titles = chain  # titles run straight into the name
            name_block.start = chain[0].start
            if ":" in text[chain[-1].end : start] or _plural_before(text, chain[0].start):
                shared = list(chain)  # a copy: the name's own titles are added to its list later
                headings.update(id(t) for t in shared)
            chain = []
        else:
            if chain:
                last_named = _close_chain(sentence, blocks, chain, last_named, text, respectively)
                chain = []
            if (
                shared
                and last_named is not None
                and _NEXT_LISTED.fullmatch(text, last_named.end, start)
                and not _list_ended(text, last_named, shared, start)
            ):
                name_block.titles = list(shared)  # the next person of a heading's list
                listed.append((name_block, shared))
            else:
                shared = []
        blocks.append(name_block)
        last_named = name_block
    if chain:
        _close_chain(sentence, blocks, chain, last_named, text, respectively)
    for block, given in listed:
        # A list under a provincial heading often goes on to the district's people without a new
        # heading: whoever holds only lower posts is not one of the heading's. A deputy's seat is
        # no post of that level, so a heading of deputies is every listed name's.
        theirs = [t for t in block.titles if all(t is not g for g in given)]
        if (
            theirs
            and not any(g.title.role in _DEPUTIES for g in given)
            and all(
                _LEVEL_RANK.get(t.title.level, 0) > _LEVEL_RANK.get(g.title.level, 9) for t in theirs for g in given
            )
        ):
            block.titles = theirs
    for block in blocks:
        block.titles = [t for t in block.titles if not (id(t) in headings and _refined(t, block.titles))]
    return blocks


def _refined(t: TitleMatch, titles: list[TitleMatch]) -> bool:
    """A heading's post its holder's own names more exactly: "các Phó Chủ tịch UBND tỉnh: A (Phó Chủ tịch Thường
    trực), B" makes A the Phó Chủ tịch Thường trực UBND tỉnh only."""
    return any(
        u.title.role == f"{t.title.role}-thuong-truc" and u.title.organ_label == t.title.organ_label for u in titles
    )


# What separates the people of a list, each with their own titles: "A, Trưởng Ban …; B, …", "… và đồng chí B, …",
# "…; Thiếu tướng B, …" (an officer's rank stands where an honorific would). Titles the lexicons cannot
# read may stand before the semicolon ("A, Ủy viên Hội đồng Dân tộc của Quốc hội; B, …").
_NEXT_LISTED = re.compile(
    # after the close of the person's own posts in brackets too: "…, A (Phó Chủ tịch UBND xã), B (Trưởng Công an xã)"
    r"(?:\s*\))?(?:\s+(?:khóa\s+[IVXLC]+|nhiệm kỳ\s+\d{4}\s*-\s*\d{4}))?"
    r"\s*(?:,[^;:.]{1,80}?(?:;|,\s*và\s)\s*|[;,]\s*(?:và\s+)?|và\s+)"
    rf"(?:(?:{HONORIFIC}|{OFFICER_RANK})\s+)?",
    re.IGNORECASE,
)
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}  # higher is lower in the hierarchy
_DEPUTIES = {"dai-bieu-hdnd", "dai-bieu-quoc-hoi"}  # roles of elected deputies, held beside any post


# Between titles and the name they run into: nothing, "đồng chí", or a colon opening a list.
# Also the holder a post is taken from or given to: "miễn nhiệm chức danh Phó Chủ tịch HĐND huyện
# (nhiệm kỳ 2021 - 2026) đối với ông Lư Gia Huy", "… UBND huyện khóa XX, nhiệm kỳ 2021 - 2026 đối với ông …".
# A heading may say which deputies' group the list is: "các đại biểu HĐND tỉnh trong Tổ đại biểu: bà A, …".
_RUN_IN = re.compile(
    r"\s*(?:(?:khóa\s+[IVXLC]+\s*,?\s*)?(?:nhiệm kỳ\s+\d{4}\s*-\s*\d{4}\s+)?đối với\s+)?(?:(?:trong|thuộc|của)\s+tổ đại biểu[^:;.]{0,60}(?=:))?"
    # and the constituency a group of deputies is elected in: "Tổ đại biểu Quốc hội khóa XVI đơn vị bầu cử số 3 tỉnh
    # Đắk Lắk gồm: ông A, …"
    r"(?:\s+khóa\s+[IVXLC]+)?(?:\s+(?:tại\s+)?đơn vị bầu cử số\s+\d+[^:;.]{0,40}?(?=\s*gồm))?"
    # A post and who was elected to it: "bầu 2 Phó Chủ tịch HĐND phường là bà A và ông B", "Hai Phó Chủ tịch UBND
    # phường được bầu là bà A và ông B".
    rf"(?:\s*gồm(?:\s+có)?)?(?:\s+(?:được\s+bầu\s+)?là(?=\s+{HONORIFIC}\s))?\s*(?::\s*)?(?:{HONORIFIC}\s*)?",
    re.IGNORECASE,
)
# A list of the people who join a board, after it: "bầu bổ sung 2 đồng chí vào Ban Thường vụ Huyện ủy,
# gồm: đồng chí A, …; B, …", "… vào Ban Chấp hành Đảng bộ huyện đối với các đồng chí: A, B", also after the
# board's term: "bầu Ban Chấp hành Đảng bộ xã khóa XXIV, nhiệm kỳ 2020 - 2025 gồm 15 đồng chí: A; B; …".
_JOINED_LIST = re.compile(
    r"(?:\s+khóa\s+[IVXLC]+)?(?:\s*,?\s*nhiệm kỳ\s+\d{4}\s*-\s*\d{4})?"
    rf"\s*,?\s*(?:đối với\s+)?(?:còn lại\s+)?(?:còn\s+có\s+)?(?:gồm(?:\s+có)?\s*)?(?:(?:các|\d+)\s+)?(?:{HONORIFIC})?\s*:\s*(?:{HONORIFIC}\s+)?",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"(?i)\b(?:các|\d+|hai|ba|bốn)\s+(?:đồng chí\s+)?(?:trong\s+|thuộc\s+)?$")


def _list_ended(text: str, last: Block, shared: list[TitleMatch], start: int) -> bool:
    """A heading's list of bare names joined by commas ends at a semicolon: "các Phó Chủ tịch UBND tỉnh: A, B; ông C,
    Phó Chủ tịch HĐND tỉnh" (not one whose people each have their posts: "các Ủy viên Ban Thường vụ: A, Trưởng Ban
    Tổ chức; B, …")."""
    so_far = text[shared[-1].end : last.start]
    return ";" in text[last.end : start] and len(last.titles) == len(shared) and "," in so_far and ";" not in so_far


def _plural_before(text: str, pos: int) -> bool:
    """Whether the titles at pos are a group's: "các đồng chí Phó Bí thư", "các đồng chí trong Ban Thường vụ"."""
    return _PLURAL.search(text[max(0, pos - 24) : pos]) is not None


# Titles of the units of a count or of "các", in the same list item: "bí thư đảng ủy, chủ tịch UBND 20 phường"
# are forty people.
_MANY_UNITS = re.compile(rf"[^;:.]{{0,30}}?\s(?:các|những|\d+)\s+(?i:{KIND_ALTERNATION})(?!\w)")
_GROUP = re.compile(r"(?i)\s*(?:và\s+|cùng\s+)?các\s")
# A list item naming several people: "…; các ông: A, B – Phó Chủ tịch UBND huyện".
_PLURAL_ITEM = re.compile(rf"(?i)(?<!\w)các\s+(?:{HONORIFIC})\s*:?\s*$")


def _close_chain(
    sentence: Sentence,
    blocks: list[Block],
    chain: list[TitleMatch],
    last_named: Block | None,
    text: str,
    respectively: _Respectively,
) -> Block | None:
    """Titles after a name (", Bí thư …") are that name's; otherwise a mention by title only."""
    if last_named is not None and (
        _follows(text, last_named.end, chain[0].start) or _joins(text, last_named.end, chain[0])
    ):
        last_named.titles.extend(chain)
        last_named.end = chain[-1].end
        # "các ông: A, B – Phó Chủ tịch UBND huyện": the names of a plural item, a list of commas, share
        # its titles ("các đồng chí A và B, Chủ tịch UBND xã, giữ chức …": B's alone).
        group = _subject_group(text, blocks, last_named)
        if (
            len(group) > 1
            and not any(b.titles for b in group[:-1])
            and all(text[a.end : b.start].strip().startswith(",") for a, b in pairwise(group))
            and _PLURAL_ITEM.search(text, sentence.clause_start(group[0].start), group[0].start)
        ):
            for b in group[:-1]:
                b.titles.extend(chain)
        return last_named
    if respectively.waiting and _NEXT_POST.fullmatch(text, respectively.end, chain[0].start):
        respectively.waiting.pop(0).titles.extend(chain)
        respectively.end = chain[-1].end
        return None
    if last_named is not None and _COPULA.fullmatch(text, last_named.end, chain[0].start):
        # "A và B được bầu giữ chức Phó Bí thư": the posts are every subject's; the name's block
        # keeps its extent so that a role word after the posts still finds it. With "lần lượt"
        # (respectively) they are the first subject's, and the next posts the next subjects'.
        group = _subject_group(text, blocks, last_named, _TITLED_JOIN)
        if len(group) > 1 and _RESPECTIVELY.search(text, last_named.end, chain[0].start):
            group[0].titles.extend(chain)
            respectively.waiting, respectively.end = group[1:], chain[-1].end
            return None
        for b in group:
            b.titles.extend(chain)
        return None
    named = next((b for b in reversed(blocks) if b.name), None)
    if named is not None and _PRONOUN_COPULA.search(text, named.end, chain[0].start):
        named.titles.extend(chain)
        return None
    # "các đồng chí Thường trực Huyện ủy, Ủy viên Ban Thường vụ Huyện ủy": the list item opened by
    # "các" names a group, whatever comes between "các" and the titles.
    item = (
        max(
            sentence.start - 1,
            text.rfind(";", sentence.start, chain[0].start),
            text.rfind(":", sentence.start, chain[0].start),
        )
        + 1
    )
    plural = (
        _plural_before(text, chain[0].start)
        or _MANY_UNITS.match(text, chain[-1].end) is not None
        or (_GROUP.match(text, item) is not None and not any(b.end > item for b in blocks))
    )
    blocks.append(Block(sentence, chain[0].start, chain[-1].end, titles=list(chain), plural=plural))
    return None


def _subject_group(text: str, blocks: list[Block], last: Block, join: re.Pattern[str] = _SUBJECT_JOIN) -> list[Block]:
    """The named blocks joined to the last one by "và" or commas (or what `join` accepts), ending with it."""
    group = [last]
    named = [b for b in blocks if b.name and b.end <= last.start]
    for b in reversed(named):
        if join.fullmatch(text, b.end, group[0].start):
            group.insert(0, b)
        else:
            break
    return group


def _follows(text: str, end: int, start: int) -> bool:
    """Whether a title at start is set beside the name ending at end, past the people the name is of ("Hồ Văn
    Dăn, người Bru - Vân Kiều, Bí thư Đảng ủy xã …") or an aside in brackets ("Lê Văn Hai (ấp An Hòa), nguyên
    Chủ tịch UBND xã")."""
    return _BESIDE.fullmatch(text, end, start) is not None


_BESIDE = re.compile(
    rf"(?i){_ASIDE}(?:\s*,\s*(?:người|dân tộc)\s+[^,;:.()\d]{{1,25}}?)?\s*(?:,|-|\(|–)\s*(?:(?:nguyên|cựu)\s+)?"
)


def extract_people(ctx: Context) -> People:
    """All persons of the article, with spelling variants merged, and the blocks of each sentence."""
    blocks: dict[int, list[Block]] = {}
    known = NamesRead()
    for sentence in ctx.article.sentences:
        blocks[sentence.index] = read_blocks(ctx, sentence, known)
    persons = _cluster(ctx, [b for bs in blocks.values() for b in bs if b.name])
    _resolve_title_only(persons, blocks)
    return People(persons, blocks)


def _cluster(ctx: Context, named: list[Block]) -> list[Person]:
    """Merge spellings that differ only in diacritics or by one letter (Phạm Tiến Dũng / Dung)."""
    _full_names_of_given(named)
    groups: dict[str, list[Block]] = {}
    for b in named:
        assert b.name is not None
        k = fold(b.name).lower()
        target = next((g for g, bs in groups.items() if _near(g.split("#")[0], k) and _same_name(b.name, bs)), None)
        if target is None:
            target = k if k not in groups else f"{k}#{sum(g.split('#')[0] == k for g in groups) + 1}"
        groups.setdefault(target, []).append(b)
    persons: list[Person] = []
    for k, bs in groups.items():
        spellings = Counter(b.name for b in bs if b.name)
        ordered = sorted(spellings, key=lambda s: (-spellings[s], -_marks(s), bs[[b.name for b in bs].index(s)].start))
        person = Person(key=k, name=ordered[0], spellings=ordered, mentions=[])
        for b in bs:
            b.person = k
            assert b.name is not None
            ev = evidence(ctx.article, b.sentence, b.name_start, b.name_end)
            person.mentions.append(Mention(b.name, ev.surface, b.title_values, ev, b.former_values))
        persons.append(person)
    return persons


def _full_names_of_given(named: list[Block]) -> None:
    """A two-word given name stands for the one person of the article whose full name ends in it: "Theo bà Bé
    Tư, …" after "bà Trần Thị Bé Tư" (the South calls people so). A one-word given name after an honorific
    stands for the last person named in full before it with that name ("Bà Oanh đề nghị …"). The mention's
    words stay as written."""
    full: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for b in named:
        if b.name and len(words := b.name.split()) >= 3:
            full[tuple(words[-2:])].add(b.name)
    last: dict[str, str] = {}  # given name → the full name that last ended in it
    for b in named:
        if not b.name:
            continue
        words = b.name.split()
        if len(words) >= 3:
            last[words[-1]] = b.name
        elif len(words) == 2 and len(names := full.get(tuple(words), set())) == 1:
            b.name = next(iter(names))
        elif len(words) == 1 and words[0] in last:
            b.name = last[words[0]]


def _same_name(name: str, blocks: list[Block]) -> bool:
    """Diacritic variants of one name (Dũng / Dung) merge; different names with the same letters (Hùng / Hưng) do not."""
    return all(b.name is None or fold(b.name) != fold(name) or compatible(b.name, name) for b in blocks)


def _near(a: str, b: str) -> bool:
    """Same folded name, but for an apostrophe ("Bh'riu Dưn", "Bhriu Dưn"), or one letter apart in a name of three
    or more syllables."""
    if without_apostrophes(a) == without_apostrophes(b):
        return True
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 3 or wa[0] != wb[0]:
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diffs) == 1 and _edit1(*diffs[0])


def _edit1(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(c != d for c, d in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _marks(s: str) -> int:
    return sum(1 for c, f in zip(s, fold(s), strict=False) if c != f)


def _resolve_title_only(persons: list[Person], blocks: dict[int, list[Block]]) -> None:
    """A title-only mention ("đồng chí Bí thư Huyện ủy") points to the one named holder of it."""
    holders: dict[tuple[str, str, str], set[str]] = {}
    for p in persons:
        for t in p.titles:
            holders.setdefault(_title_key(t), set()).add(p.key)
    for bs in blocks.values():
        for b in bs:
            if b.name or b.plural or not b.title_values or any(t.village == "" for t in b.title_values):
                continue  # a village's post named without the village ("trưởng bản") is one of many
            candidates = set.intersection(*(holders.get(_title_key(t), set()) for t in b.title_values))
            if len(candidates) == 1:
                b.person = next(iter(candidates))


def _title_key(t: Title) -> tuple[str, str, str]:
    return (t.role, t.organ, t.unit.label if t.unit else t.level)
