"""Combining marks dropped from decomposed (NFKD) text: the accent folding every vocabulary
comparison does, one table lookup a character instead of a Python test."""

from __future__ import annotations

import unicodedata


class _MarkTable(dict):
    """A str.translate table, filled as characters are met: a combining mark maps to None (dropped),
    any other character to itself."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _MarkTable()


def without_marks(text: str) -> str:
    """text without its combining marks, as `"".join(c for c in text if not combining(c))` gives
    (ASCII text has none)."""
    return text if text.isascii() else text.translate(_MARKS)
