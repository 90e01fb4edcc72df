from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.text import FirstMatch, PhraseIndex, fold, key, normalise, slug

TONES = [
    ("uy-old", "Huyện uỷ", "Huyện ủy"),
    ("oa-old", "văn hoá", "văn hóa"),
    ("thuy-old", "Thuỷ lợi", "Thủy lợi"),
    ("upper", "UỶ BAN", "ỦY BAN"),
    ("closed-syllable-stays", "hoàn thành", "hoàn thành"),
    ("qu-stays", "quý 1", "quý 1"),
    ("new-stays", "Tỉnh ủy viên", "Tỉnh ủy viên"),
    ("nbsp", "Năm 2025\u00a0có", "Năm 2025 có"),
    ("dash", "quốc phòng – an ninh", "quốc phòng - an ninh"),
    ("curly-quotes", "“Đoàn kết”", '"Đoàn kết"'),
    ("em-dash-set-off", "Ông A—Chủ tịch HĐND tỉnh—chủ trì", "Ông A - Chủ tịch HĐND tỉnh - chủ trì"),
    ("em-dash-spaced-stays", "A — B", "A - B"),
]


@pytest.mark.parametrize(("raw", "expected"), [t[1:] for t in TONES], ids=[t[0] for t in TONES])
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_nfd_input_is_composed_and_maps_back() -> None:
    raw = unicodedata.normalize("NFD", "Bí thư Huyện uỷ Thọ Xuân")
    n = normalise(raw)
    assert n.text == "Bí thư Huyện ủy Thọ Xuân"
    start = n.text.index("Thọ")
    o_start, o_end = n.original_span(start, start + len("Thọ Xuân"))
    assert raw[o_start:o_end] == unicodedata.normalize("NFD", "Thọ Xuân")


def test_residue_is_blanked_keeping_length() -> None:
    n = normalise("[bookmark: _GoBack]Chiều 7/1")
    assert n.text.strip() == "Chiều 7/1"
    assert len(n.text) == len("[bookmark: _GoBack]Chiều 7/1")


@given(st.text(alphabet="aăâeêioôơuưyAĐđ \u0300\u0301\u0309\u0303\u0323hnqtcg", max_size=40))
def test_normalise_is_idempotent(s: str) -> None:
    once = normalise(s).text
    assert normalise(once).text == once


@given(st.text(alphabet="aăâeêioôơuưy ĐđHuyện ủỷhoáa\u00a0\u0301\u2014", min_size=1, max_size=40))
def test_every_span_maps_to_original_text(s: str) -> None:
    n = normalise(s)
    for i in range(len(n.text)):
        a, b = n.original_span(i, i + 1)
        assert 0 <= a < b <= len(s)


def test_slug_and_fold() -> None:
    assert slug("huyện Thọ Xuân") == "huyen-tho-xuan"
    assert fold("Đảng bộ") == "Dang bo"
    assert key("Huyện Uỷ") == key("huyện ủy")


_ENTRIES = ["huyện ủy", "ủy ban", "tp.", "hội đồng nhân dân", "ban"]


@given(st.lists(st.sampled_from([*_ENTRIES, "Huyện", "ỦY", "ban", ",", " ", "xã", "TP."]), max_size=8))
def test_phrase_index_keeps_every_entry_that_matches(parts: list[str]) -> None:
    text = " ".join(parts)
    index = PhraseIndex((e, e) for e in _ENTRIES)
    regexes = {e: re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, e.split())) + r"(?!\w)", re.I) for e in _ENTRIES}
    matching = [e for e in _ENTRIES if regexes[e].search(text)]
    candidates = index.candidates(text)
    assert set(matching) <= set(candidates)
    assert candidates == [e for e in _ENTRIES if e in candidates]  # lexicon order
    assert index.may_match(text) or not matching


_UNITS = [r"\s*triệu\s+đồng(?!\w)", r"\s*triệu(?!\w)", r"\s*(?P<kind>xã|huyện)(?!\w)", r"\s*%"]


@given(st.text(alphabet="0123 triệuđồngxãhuyện%TRIỆU", max_size=20), st.integers(0, 20))
def test_first_match_is_the_first_regex_that_matches(text: str, pos: int) -> None:
    regexes = [re.compile(p, re.I) for p in _UNITS]
    first = FirstMatch((r, i) for i, r in enumerate(regexes))
    matches = [(m, i) for i, r in enumerate(regexes) if (m := r.match(text, pos)) is not None]
    found = first.match(text, pos)
    if not matches:
        assert found is None
    else:
        assert found is not None
        m, i = matches[0]
        assert (found[0].span(), found[0].groupdict(), found[1]) == (m.span(), m.groupdict(), i)
