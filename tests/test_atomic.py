"""Outputs are replaced whole: a write that fails leaves the old file and no temporary one."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.atomic import replacing, write_text


def test_a_finished_write_replaces_the_file(tmp_path: Path) -> None:
    out = tmp_path / "report.jsonl"
    out.write_text("old\n", encoding="utf-8")
    write_text(out, "new\n")
    assert out.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.jsonl"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    out = tmp_path / "report.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(out) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.jsonl"]
