"""The gold loader: every committed gold file loads; a malformed one is refused with its field path."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from pipeline.gold import GoldError, field_path, load_gold

GOLD_FILES = sorted(SAMPLES.glob("gold/**/*.json"))
MINIMAL = {
    "document": {"id": "cp-1", "source": "cp-1.txt", "sha256": "0" * 64},
    "notes": "written for this test",
    "metadata": {"issuer": "Préfecture du Gard", "date": "2021-07-19", "place": "Nîmes", "title": None},
    "entities": [
        {
            "name": "Préfecture du Gard",
            "label": "ORG",
            "aliases": [],
            "mentions": [{"start": 0, "end": 18, "text": "Préfecture du Gard"}],
        },
        {"name": "Nîmes", "label": "LOC", "aliases": [], "mentions": [{"page": 1, "text": "Nîmes"}]},
    ],
    "dates": [
        {"text": "19 juillet 2021", "start": 27, "end": 42, "value": "2021-07-19", "granularity": "day"},
        {
            "text": "du 1er au 15 mars 2023",
            "value": "2023-03-01/2023-03-15",
            "granularity": "interval",
            "page": 2,
        },
    ],
    "contacts": [
        {
            "name": "Jeanne Martin",
            "role": None,
            "organization": None,
            "emails": ["j.martin@exemple.fr"],
            "phones": ["+33612345678"],
        }
    ],
    "themes": [{"id": "covid19", "evidence": ["covid-19"]}],
    "quotes": [{"speaker": "la préfète", "text": "Restez chez vous", "start": 100, "end": 116}],
}


def write(tmp_path: Path, data, name: str = "gold.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem[:40] for p in GOLD_FILES])
def test_committed_gold_loads_unchanged(path):
    assert load_gold(path) == json.loads(path.read_text(encoding="utf-8"))


def test_minimal_gold_loads_and_sections_may_be_left_out(tmp_path):
    assert load_gold(write(tmp_path, MINIMAL)) == MINIMAL
    assert (
        load_gold(write(tmp_path, {"document": {"id": "a"}, "metadata": {"title": "Titre"}}))["metadata"][
            "title"
        ]
        == "Titre"
    )


def broken(change) -> dict:
    data = copy.deepcopy(MINIMAL)
    change(data)
    return data


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda d: d["entities"][0]["mentions"][0].pop("text"),
            "entities[0].mentions[0].text: field required",
        ),
        (
            lambda d: d["entities"][1].update(label="PERSON"),
            "entities[1].label: input should be 'PER', 'ORG', 'LOC' or 'MISC' (got \"PERSON\")",
        ),
        (
            lambda d: d["entities"][0]["mentions"][0].update(start="0"),
            'entities[0].mentions[0].start: input should be a valid integer (got "0")',
        ),
        (
            lambda d: d["entities"][0]["mentions"][0].update(end=17),
            "entities[0].mentions[0]: end - start is 17 but the text has 18 characters",
        ),
        (
            lambda d: d["entities"][0]["mentions"][0].pop("end"),
            "entities[0].mentions[0]: start and end go together",
        ),
        (
            lambda d: d["entities"][0]["mentions"][0].update(start=-1, end=17),
            "entities[0].mentions[0].start: input should be greater than or equal to 0",
        ),
        (
            lambda d: d["entities"][0].update(mentions=[]),
            "entities[0].mentions: list should have at least 1 item",
        ),
        (
            lambda d: d["entities"][1]["mentions"][0].update(page=0),
            "entities[1].mentions[0].page: input should be greater than or equal to 1",
        ),
        (lambda d: d.update(entites=d.pop("entities")), "entites: extra inputs are not permitted"),
        (lambda d: d["document"].pop("id"), "document.id: field required"),
        (lambda d: d["document"].update(sha256="abc"), "document.sha256: string should match pattern"),
        (
            lambda d: d["metadata"].update(date="15/06/2020"),
            "metadata.date: not an ISO 8601 date: '15/06/2020'",
        ),
        (
            lambda d: d["metadata"].update(date="2021-02-30"),
            "metadata.date: not a calendar date: '2021-02-30'",
        ),
        (
            lambda d: d["dates"][0].update(granularity="month"),
            "dates[0]: value '2021-07-19' is not at month granularity",
        ),
        (
            lambda d: d["dates"][1].update(value="2023-03-01"),
            "dates[1]: an interval is 'start/end', got '2023-03-01'",
        ),
        (
            lambda d: d["dates"][0].update(granularity="week"),
            "dates[0].granularity: input should be 'day', 'month', 'year' or 'interval'",
        ),
        (
            lambda d: d["contacts"][0].update(phones=["06 12 34 56 78"]),
            "contacts[0].phones: not an E.164 phone number (+33...): '06 12 34 56 78'",
        ),
        (
            lambda d: d["contacts"][0].update(emails=["presse at exemple.fr"]),
            "contacts[0].emails: not an e-mail address: 'presse at exemple.fr'",
        ),
        (lambda d: d["themes"][0].update(id="covid"), "themes[0].id: unknown theme 'covid'"),
        (
            lambda d: d.update(media_topics=["medtop:20000446"]),
            "media_topics: 'medtop:20000446' is listed without its level-1 parent 'medtop:07000000'",
        ),
        (
            lambda d: d.update(media_topics=["medtop:13000000", "medtop:20001298"]),
            "media_topics: 'medtop:20001298' is a level-4 topic: list its level-2 ancestor",
        ),
        (
            lambda d: d.update(media_topics=["medtop:20000030"]),
            "media_topics: 'medtop:20000030' is not an active Media Topic",
        ),
        (lambda d: d["quotes"][0].update(text=""), "quotes[0].text: string should have at least 1 character"),
    ],
)
def test_malformed_gold_names_the_file_and_the_field(tmp_path, change, message):
    path = write(tmp_path, broken(change))
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    text = str(caught.value)
    assert text.startswith(f"{path}: ") and message in text, text
    assert "\n" not in text


def test_more_than_one_problem_is_counted(tmp_path):
    def change(d):
        d["entities"][0]["mentions"][0].pop("text")
        d["themes"][0]["id"] = "covid"

    with pytest.raises(GoldError, match=r"entities\[0\]\.mentions\[0\]\.text: field required \(and 1 more\)"):
        load_gold(write(tmp_path, broken(change)))


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"document": ', "not valid JSON (line 1, column 14"),
        ("[1, 2]", "(root): input should be a valid dictionary"),
        (b"\xff\xfe{}", "not UTF-8 text"),
    ],
)
def test_unreadable_gold(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert str(caught.value).startswith(f"{path}: ") and message in str(caught.value)


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldError, match="absent.json: cannot read"):
        load_gold(tmp_path / "absent.json")


def test_field_path():
    assert field_path(("entities", 3, "mentions", 0, "start")) == "entities[3].mentions[0].start"
    assert field_path(()) == "(root)"
