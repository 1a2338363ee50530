"""Stage 3, a table among the blocks: columns whose lines keep level with each other are rows.

The XY cut splits a table at its column gutters, so a table was read column by column ("Lundi",
"Mardi", … then "Étampes", "Dourdan", …), its cells cut from their row. Three or more columns of
short items whose rows stand level across the columns are a table: the region is cut into rows,
each read left to right, the blank between two cells an item gap (a name never spans it). A row
starts where the column with the fewest lines starts one (a cell wrapped over two lines in another
column stays in its row). Columns of running text (long lines,
no column of short cells) are never a table.
"""

from __future__ import annotations

from statistics import median

from pipeline.readers.pdf.layout import Layout
from pipeline.readers.pdf.segments import Segment

MIN_COLUMNS = 3
"""Two columns side by side are a page's layout as often as a table: only three or more are read as one."""
LEVEL = 0.3
"""Ems between the tops of two lines that stand level (one row)."""
LEVEL_SHARE = 0.8
"""Share of a table's rows whose start stands level with a line in every other column."""
SHORT_CELLS = 16
"""A table has a column of short cells: its median line holds fewer characters than this."""
PROSE_LINE = 30
"""A column whose median line holds this many characters or more reads as prose; a table has one at most."""


def table_rows(columns: list[list[Segment]], layout: Layout) -> list[list[Segment]] | None:
    """The region's rows, top to bottom, when its columns form a table; None otherwise."""
    if len(columns) < MIN_COLUMNS:
        return None
    lengths = [median(len(s.text) for s in column) for column in columns]
    if min(lengths) >= SHORT_CELLS or sum(length >= PROSE_LINE for length in lengths) > 1:
        return None
    tolerance = LEVEL * layout.body_size
    key = min(columns, key=len)
    starts = sorted({round(s.top, 1) for s in key})
    if len(starts) < 2:
        return None
    others = [column for column in columns if column is not key]
    level = sum(
        all(any(abs(s.top - top) <= tolerance for s in column) for column in others) for top in starts
    )
    if level < LEVEL_SHARE * len(starts):
        return None
    rows: list[list[Segment]] = [[] for _ in starts]
    for index, column in enumerate(columns):
        for segment in column:
            segment.table_column = index
            row = sum(top - tolerance <= segment.top for top in starts) - 1
            rows[max(row, 0)].append(segment)
    return [row for row in rows if row]
