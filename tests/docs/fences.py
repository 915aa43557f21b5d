"""Code blocks of the docs, at any indentation (an example inside a language tab is indented by 4)."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

FENCE = re.compile(r"^(?P<pad> *)```(?P<lang>\w+)\n(?P<code>.*?)^(?P=pad)```", re.S | re.M)


def fences(path: Path, lang: str, root: Path) -> list[tuple[str, str]]:
    """(`file:line`, code) of every `lang` block of `path`, dedented."""
    text = path.read_text(encoding="utf-8")
    return [
        (f"{path.relative_to(root)}:{text[: m.start()].count(chr(10)) + 1}", textwrap.dedent(m.group("code")))
        for m in FENCE.finditer(text)
        if m.group("lang") == lang
    ]
