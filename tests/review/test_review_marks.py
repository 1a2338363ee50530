"""Marks and layout: every span becomes one mark, crossing spans are split but keep one id."""

from review_helpers import hostile_record, sample_records

from pipeline.review.marks import Mark, collect_marks, layout, page_finder


def _check_well_formed(text: str, tokens) -> dict[str, list[tuple[int, int]]]:
    """Replay the tokens: text comes out whole, every open has its close, and each mark covers exactly
    its own characters (pieces of one mark may be several elements)."""
    stack, position, covered, rebuilt = [], 0, {}, []
    for token in tokens:
        if token.type == "open":
            stack.append(token.mark)
        elif token.type == "close":
            stack.pop()
        elif token.type == "text":
            for mark in stack:
                covered.setdefault(mark.id, []).append((position, position + len(token.text)))
            rebuilt.append(token.text)
            position += len(token.text)
    assert not stack
    assert "".join(rebuilt) == text
    return covered


def _merged(pieces: list[tuple[int, int]]) -> tuple[int, int]:
    pieces.sort()
    for (_, end), (start, _) in zip(pieces, pieces[1:], strict=False):
        assert end == start, "a mark's pieces must be contiguous"
    return pieces[0][0], pieces[-1][1]


def test_crossing_spans_are_split_and_keep_their_extent():
    text = "abcdefghij"
    marks = [
        Mark("a", "entity", 1, 5, "ORG"),
        Mark("b", "theme", 3, 8, "t"),
        Mark("c", "date", 3, 5, "day"),
        Mark("d", "quote", 0, 10, "quote"),
        Mark("e", "metadata", 6, 6, "empty"),
    ]
    tokens = layout(text, marks)
    covered = _check_well_formed(text, tokens)
    for mark in marks:
        if mark.start < mark.end:
            assert _merged(covered[mark.id]) == (mark.start, mark.end)
    opened = [t.mark.id for t in tokens if t.type == "open" and not t.continued]
    assert sorted(opened) == ["a", "b", "c", "d", "e"]
    assert any(t.continued for t in tokens), "the crossing theme span must be reopened"


def test_every_span_of_the_samples_becomes_one_mark_over_its_own_text():
    for name, record in sample_records().items():
        text = record["document"]["text"]
        marks = collect_marks(record)
        for mark in marks:
            assert 0 <= mark.start <= mark.end <= len(text), name
        covered = _check_well_formed(text, layout(text, marks))
        for mark in marks:
            if mark.start < mark.end:
                assert _merged(covered[mark.id]) == (mark.start, mark.end), (name, mark)


def test_page_of_a_span_comes_from_its_location_or_the_page_ranges():
    document = {"pages": [{"number": 1, "start": 0, "end": 10}, {"number": 2, "start": 10, "end": 30}]}
    page_of = page_finder(document)
    assert page_of({"start": 3}) == 1
    assert page_of({"start": 12}) == 2
    assert page_of({"start": 12, "location": {"page": 1, "bbox": [0, 0, 1, 1]}}) == 1
    assert page_finder({})({"start": 5}) is None


def test_absent_and_extra_fields_are_tolerated():
    record = hostile_record()
    del record["themes"]
    record["media_topics"] = [{"qcode": "medtop:01000000", "evidence": [{"start": 0, "end": 3}]}]
    record["entities"][0]["kb_id"] = "Q1"
    record["metadata"]["evidence"]["bogus"] = {"start": 5, "end": 10_000}  # out of range: left out
    kinds = {m.kind for m in collect_marks(record)}
    assert "theme" not in kinds and {"entity", "date", "quote", "contact", "metadata"} <= kinds
    assert all(m.end <= len(record["document"]["text"]) for m in collect_marks(record))
