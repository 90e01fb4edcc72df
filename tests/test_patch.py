"""Replacing blocks of a sorted report in place gives the file that writing every block again gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.patch import patch_blocks


def _key(line: bytes) -> str:
    return line.split(b"|")[0].decode()


def _render(blocks: dict[str, list[str]]) -> bytes:
    """The report written whole: each key's lines, keys in order."""
    return b"".join(f"{k}|{line}\n".encode() for k in sorted(blocks) for line in blocks[k])


def _block(k: str, lines: list[str]) -> bytes:
    return "\n".join(f"{k}|{line}" for line in lines).encode()


BEFORE = {"b": ["1", "2"], "d": ["1"], "f": ["1", "2", "3"], "h": ["1"]}
EDITS = {
    "a block replaced in the middle": {"d": ["1", "2", "3"]},
    "a block removed": {"f": []},
    "a new key before every other": {"a": ["1"]},
    "a new key after every other": {"z": ["1", "2"]},
    "a new key between two": {"e": ["1"]},
    "the first and last blocks": {"b": ["9"], "h": []},
    "several at once": {"a": ["1"], "d": [], "e": ["7", "8"], "h": ["2"]},
    "every block removed": {k: [] for k in BEFORE},
    "nothing": {},
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_patching_blocks_equals_writing_the_report_again(tmp_path: Path, edit: dict[str, list[str]]) -> None:
    report = tmp_path / "report.jsonl"
    report.write_bytes(_render(BEFORE))
    patch_blocks(report, {k: _block(k, lines) for k, lines in edit.items()}, _key)
    after = {k: v for k, v in {**BEFORE, **edit}.items() if v}
    assert report.read_bytes() == _render(after)
    assert not list(tmp_path.glob(".*.tmp"))  # written beside, then renamed into place


def test_an_empty_report_gets_its_first_blocks(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    report.write_bytes(b"")
    patch_blocks(report, {"m": _block("m", ["1"]), "c": _block("c", ["1", "2"])}, _key)
    assert report.read_bytes() == _render({"c": ["1", "2"], "m": ["1"]})


def test_keys_that_share_a_prefix_keep_their_own_blocks(tmp_path: Path) -> None:
    """A person's slug can begin another's ("nguyen-van-an", "nguyen-van-an-2")."""
    before = {"an": ["1"], "an-2": ["1"], "an2": ["1"], "anh": ["1"]}
    report = tmp_path / "report.jsonl"
    report.write_bytes(_render(before))
    patch_blocks(report, {"an-2": _block("an-2", ["5", "6"]), "an": b""}, _key)
    assert report.read_bytes() == _render({"an-2": ["5", "6"], "an2": ["1"], "anh": ["1"]})
