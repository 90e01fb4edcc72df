"""Rewrite a large report sorted in blocks by replacing only the blocks that changed.

identity.jsonl of 100k articles is 50 MB of lines sorted by person, one block of lines per person.
An update that meets one new official changes one block: the new file is the old one with that block
replaced, the unchanged stretches copied by the kernel (`os.copy_file_range`) rather than read out of
SQLite and written again, which took a fifth of a second. The old file is searched by bisection for
each block, so its lines must be sorted by their key as the blocks are, and the caller must know that
the file on disk is the one it wrote last (see `Manifest.wrote`).
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from govkg.atomic import replacing

Key = Callable[[bytes], str]  # the key of a line (without its newline)


def patch_blocks(path: Path, blocks: dict[str, bytes], key: Key) -> None:
    """Replace, atomically, the block of lines of each key in `blocks` by its new lines (b"" removes
    the block; a key the file lacks gets its block inserted in order)."""
    with replacing(path) as tmp, path.open("rb") as old, tmp.open("wb", buffering=0) as new:
        size = os.fstat(old.fileno()).st_size
        # mmap cannot map an empty file; empty bytes answer the same questions.
        with mmap.mmap(old.fileno(), 0, access=mmap.ACCESS_READ) if size else nullcontext(b"") as lines:
            copied = 0
            for k in sorted(blocks):
                start, end = _bound(lines, key, k, strict=False), _bound(lines, key, k, strict=True)
                _copy(old.fileno(), new.fileno(), copied, start)
                if blocks[k]:
                    new.write(blocks[k] + b"\n")
                copied = end
            _copy(old.fileno(), new.fileno(), copied, size)


def _bound(lines: mmap.mmap | bytes, key: Key, k: str, strict: bool) -> int:
    """The offset of the first line whose key is at least `k` (above it if `strict`), by bisection;
    the end of the file if there is none."""
    lo, hi = 0, len(lines)  # both are line starts (or the end); the answer lies in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        start = lines.rfind(b"\n", lo, mid) + 1 or lo
        end = lines.find(b"\n", start) + 1 or len(lines)
        line_key = key(lines[start:end].rstrip(b"\n"))
        if line_key > k or (line_key == k and not strict):
            hi = start
        else:
            lo = end
    return lo


def _copy(src: int, dst: int, start: int, end: int) -> None:
    """Bytes [start, end) of file `src` written at the position of file `dst`: copied in the kernel
    where the system and file system allow it, read and written otherwise."""
    while start < end:
        size = min(end - start, 1 << 30)
        try:
            copied = os.copy_file_range(src, dst, size, start)
        except (AttributeError, OSError):  # not on this system, or not on this file system
            copied = os.write(dst, os.pread(src, size, start))
        if copied == 0:
            raise OSError(f"the report ended at byte {start} of an expected {end}")
        start += copied
