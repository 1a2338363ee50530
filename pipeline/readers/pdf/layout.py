"""Figures measured over the whole document, which the layout thresholds depend on.

A paragraph break is a gap clearly wider than the usual line spacing, and what is usual differs
between a dense press kit and an airy one-page release: the body font size (the size most glyphs
have) and the median white gap between two body lines are measured once per document, and the
furniture, block and paragraph stages read their thresholds from them.
"""

from __future__ import annotations

from collections import Counter

from pipeline.readers.pdf.segments import Segment

PARAGRAPH_PITCH = 1.4
"""A paragraph starts where the line pitch exceeds the usual one by this factor."""


class Layout:
    """Figures measured over the whole document that the layout thresholds depend on."""

    def __init__(self, pages: list[list[Segment]]) -> None:
        sizes: Counter = Counter()
        for segments in pages:
            for segment in segments:
                sizes[round(segment.size * 2) / 2] += len(segment.glyphs)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 10.0
        self.gap_ratio = self._line_gap(pages)

    def _line_gap(self, pages: list[list[Segment]]) -> float:
        """Usual white gap between two lines of body text, in ems."""
        gaps = []
        for segments in pages:
            body = sorted(
                (s for s in segments if abs(s.size - self.body_size) <= 0.1 * self.body_size),
                key=lambda s: s.top,
            )
            for i, segment in enumerate(body):
                for below in body[i + 1 : i + 12]:
                    if below.top >= segment.bottom - 0.2 * segment.size and min(below.x1, segment.x1) > max(
                        below.x0, segment.x0
                    ):
                        gap = (below.top - segment.bottom) / segment.size
                        if gap < 3:
                            gaps.append(gap)
                        break
        if not gaps:
            return 0.25
        gaps.sort()
        return min(max(gaps[len(gaps) // 2], 0.0), 1.2)

    def paragraph_gap(self, size: float) -> float:
        """White gap above which two lines of this size belong to different paragraphs."""
        pitch = (1 + self.gap_ratio) * size
        return PARAGRAPH_PITCH * pitch - size
