"""The vocabulary of posts: how each title is written in gold (normalised, unit left generic) and the
ways articles write it (abbreviated, stacked, with or without the unit's name).

A title is a code plus the unit whose organ it belongs to: ("BT", huyện Thọ Xuân) is "Bí thư Huyện ủy"
in gold and "Bí thư Huyện uỷ Thọ Xuân" or "Bí thư Huyện ủy" in text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Final

# Party committee, committee member and party organisation words per kind of unit.
COMMITTEE: Final[dict[str, str]] = {
    "tỉnh": "Tỉnh ủy",
    "huyện": "Huyện ủy",
    "thị xã": "Thị ủy",
    "thành phố": "Thành ủy",
    "xã": "Đảng ủy xã",
    "phường": "Đảng ủy phường",
}
MEMBER: Final[dict[str, str]] = {
    "tỉnh": "Tỉnh ủy viên",
    "huyện": "Huyện ủy viên",
    "thị xã": "Thị ủy viên",
    "thành phố": "Thành ủy viên",
    "xã": "Đảng ủy viên",
    "phường": "Đảng ủy viên",
}


@dataclass(frozen=True, slots=True)
class Title:
    code: str
    kind: str  # the unit kind the title is phrased for: "tỉnh", "huyện", "xã", ...
    place: str  # the unit's bare name ("Thọ Xuân"), for the optional suffix in text


# Gold form per code. {C} committee, {L} level word, {M} member word.
_GOLD: Final[dict[str, str]] = {
    "TW": "Ủy viên Trung ương Đảng",
    "MEM": "{M}",
    "BTV": "Ủy viên Ban Thường vụ {C}",
    "BT": "Bí thư {C}",
    "PBT": "Phó Bí thư {C}",
    "PBTT": "Phó Bí thư Thường trực {C}",
    "TBTC": "Trưởng Ban Tổ chức {C}",
    "CTUB": "Chủ tịch UBND {L}",
    "PCTUB": "Phó Chủ tịch UBND {L}",
    "PCTTUB": "Phó Chủ tịch Thường trực UBND {L}",
    "CTHD": "Chủ tịch HĐND {L}",
    "PCTHD": "Phó Chủ tịch HĐND {L}",
    "CTMT": "Chủ tịch Ủy ban MTTQ {L}",
}

# Ways the text writes each code. The first is the plain form, used for title-only later mentions.
_SURFACE: Final[dict[str, tuple[str, ...]]] = {
    "TW": ("Ủy viên Trung ương Đảng", "Ủy viên BCH Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"),
    "MEM": ("{M}", "{M}", "Ủy viên BCH Đảng bộ {L}", "Ủy viên Ban Chấp hành Đảng bộ {L}"),
    "BTV": ("Ủy viên Ban Thường vụ {C}", "Ủy viên BTV {C}", "Thường vụ {C}"),
    "BT": ("Bí thư {C}",),
    "PBT": ("Phó Bí thư {C}", "Phó Bí thư {C}", "PBT {C}"),
    "PBTT": ("Phó Bí thư Thường trực {C}", "Phó Bí thư Thường trực {C}", "PBT Thường trực {C}"),
    "TBTC": ("Trưởng Ban Tổ chức {C}",),
    "CTUB": ("Chủ tịch UBND {L}", "Chủ tịch UBND {L}", "Chủ tịch Ủy ban nhân dân {L}"),
    "PCTUB": ("Phó Chủ tịch UBND {L}", "Phó Chủ tịch UBND {L}", "Phó Chủ tịch Ủy ban nhân dân {L}"),
    "PCTTUB": ("Phó Chủ tịch Thường trực UBND {L}", "Phó Chủ tịch Thường trực Ủy ban nhân dân {L}"),
    "CTHD": ("Chủ tịch HĐND {L}", "Chủ tịch HĐND {L}", "Chủ tịch Hội đồng nhân dân {L}"),
    "PCTHD": ("Phó Chủ tịch HĐND {L}", "Phó Chủ tịch Hội đồng nhân dân {L}"),
    # The gold keeps "Việt Nam" where the text writes it, which this generator's gold does not track.
    "CTMT": ("Chủ tịch Ủy ban MTTQ {L}", "Chủ tịch UBMTTQ {L}", "Chủ tịch Ủy ban Mặt trận Tổ quốc {L}"),
}
# Titles that never take the unit's name after them (membership titles read oddly with it).
_NO_PLACE: Final[frozenset[str]] = frozenset({"TW", "MEM", "BTV"})
# Province-only abbreviation: articles write "TUV" for Tỉnh ủy viên, never "HUV".
_TUV: Final = "TUV"


def _fill(template: str, kind: str) -> str:
    return template.replace("{C}", COMMITTEE[kind]).replace("{L}", kind).replace("{M}", MEMBER[kind])


def gold_title(t: Title) -> str:
    return _fill(_GOLD[t.code], t.kind)


def plain_title(t: Title) -> str:
    """The unabbreviated form, as in a later mention: "đồng chí Bí thư Huyện ủy"."""
    return _fill(_SURFACE[t.code][0], t.kind)


def surface_title(t: Title, rng: random.Random, with_place: bool) -> str:
    if t.code == "MEM" and t.kind == "tỉnh" and rng.random() < 0.2:
        return _TUV
    text = _fill(rng.choice(_SURFACE[t.code]), t.kind)
    if with_place and t.code not in _NO_PLACE:
        text += " " + t.place
    return text


def surface_stack(titles: tuple[Title, ...], rng: random.Random, place_last: bool) -> str:
    """Stacked titles "Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Thọ Xuân": the unit's
    name, when given, closes the stack, as the articles write it."""
    parts = [surface_title(t, rng, place_last and i == len(titles) - 1) for i, t in enumerate(titles)]
    return ", ".join(parts)
