"""The gold file format (docs/annotation.md, "File shape"), checked before anything is scored.

A malformed gold file would otherwise be scored quietly wrong (a misspelt key is an empty
field, a typo in a theme id a miss nobody can fix), so `load_gold` refuses it with the file and
the path of the first bad field: `gold/a.json: entities[3].mentions[0].text: field required`.

Gold is an output record minus what only the pipeline computes (rule ids, scores, document.text).
Offsets are optional where only a page is known (PDF gold); when given, end - start is the length
of the quoted text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline import resources

ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
GRANULARITY_LENGTH = {"year": 4, "month": 7, "day": 10}
E164 = re.compile(r"^\+[1-9]\d{5,14}$")


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and the bad field."""


def _iso_date(value: str) -> str:
    """A calendar date at year, month or day precision ('2020', '2020-06', '2020-06-15')."""
    if not ISO_DATE.match(value):
        raise ValueError(f"not an ISO 8601 date: {value!r}")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        raise ValueError(f"not a calendar date: {value!r}") from None
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class GoldDocument(Strict):
    id: str = Field(min_length=1)
    source: str | None = None
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")


class GoldSpan(Strict):
    """Quoted text, with its offsets into the source when known and its page for PDFs."""

    text: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    page: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _offsets_fit_the_text(self) -> GoldSpan:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end go together")
        if self.start is not None and self.end - self.start != len(self.text):
            raise ValueError(
                f"end - start is {self.end - self.start} but the text has {len(self.text)} characters"
            )
        return self


class GoldMetadata(Strict):
    issuer: str | None = None
    document_type: str | None = None
    title: str | None = None
    place: str | None = None
    date: str | None = None
    reference: str | None = None

    @field_validator("date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        return None if value is None else _iso_date(value)


class GoldEntity(Strict):
    name: str = Field(min_length=1)
    label: Literal["PER", "ORG", "LOC", "MISC"]
    aliases: list[str] = Field(default_factory=list)
    mentions: list[GoldSpan] = Field(min_length=1)


class GoldDate(GoldSpan):
    value: str
    granularity: Literal["day", "month", "year", "interval"]

    @model_validator(mode="after")
    def _value_at_its_granularity(self) -> GoldDate:
        if self.granularity == "interval":
            bounds = self.value.split("/")
            if len(bounds) != 2:
                raise ValueError(f"an interval is 'start/end', got {self.value!r}")
            for bound in bounds:
                _iso_date(bound)
        elif len(_iso_date(self.value)) != GRANULARITY_LENGTH[self.granularity]:
            raise ValueError(f"value {self.value!r} is not at {self.granularity} granularity")
        return self


class GoldContact(Strict):
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)

    @field_validator("emails")
    @classmethod
    def _emails(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
                raise ValueError(f"not an e-mail address: {value!r}")
        return values

    @field_validator("phones")
    @classmethod
    def _phones(cls, values: list[str]) -> list[str]:
        for value in values:
            if not E164.match(value):
                raise ValueError(f"not an E.164 phone number (+33...): {value!r}")
        return values


class GoldTheme(Strict):
    id: str
    evidence: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        known = {theme["id"] for theme in resources.load("themes.json")}
        if value not in known:
            raise ValueError(f"unknown theme {value!r} (not in pipeline/resources/themes.json)")
        return value


MEDIA_TOPIC = re.compile(r"^medtop:\d{8}$")


def _media_topics(values: list[str]) -> list[str]:
    """IPTC Media Topic qcodes ('medtop:01000000'), levels 1 and 2, each listed once, active in the
    vocabulary (resources/mediatopics.json), each level-2 topic with its level-1 parent."""
    topics = {t["qcode"]: t for t in resources.load("mediatopics.json")["topics"]}
    for value in values:
        if not MEDIA_TOPIC.match(value):
            raise ValueError(f"not an IPTC Media Topic qcode (medtop:NNNNNNNN): {value!r}")
        topic = topics.get(value)
        if topic is None:
            raise ValueError(f"{value!r} is not an active Media Topic (pipeline/resources/mediatopics.json)")
        if topic["level"] > 2:
            raise ValueError(f"{value!r} is a level-{topic['level']} topic: list its level-2 ancestor")
        if topic["parent"] and topic["parent"] not in values:
            raise ValueError(f"{value!r} is listed without its level-1 parent {topic['parent']!r}")
    if len(set(values)) != len(values):
        raise ValueError("a Media Topic is listed twice")
    return values


class GoldQuote(GoldSpan):
    speaker: str | None = None


class Gold(Strict):
    """One hand-labelled document; a section left out is empty."""

    document: GoldDocument
    notes: str | None = None
    metadata: GoldMetadata = Field(default_factory=GoldMetadata)
    entities: list[GoldEntity] = Field(default_factory=list)
    dates: list[GoldDate] = Field(default_factory=list)
    contacts: list[GoldContact] = Field(default_factory=list)
    themes: list[GoldTheme] = Field(default_factory=list)
    media_topics: list[str] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)

    @field_validator("media_topics")
    @classmethod
    def _topics(cls, values: list[str]) -> list[str]:
        return _media_topics(values)


def field_path(location: tuple) -> str:
    """pydantic's error location as one would write it: entities[3].mentions[0].start."""
    path = ""
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(root)"


def _describe(error: dict) -> str:
    message = error["msg"].removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    if error["type"] in {
        "literal_error",
        "string_type",
        "int_type",
        "list_type",
        "model_type",
        "dict_type",
        "bool_type",
    }:
        message += f" (got {json.dumps(error['input'], ensure_ascii=False)[:60]})"
    return f"{field_path(error['loc'])}: {message}"


def load_gold(path: Path) -> dict:
    """The gold file at path as a plain dict, unchanged, once it is known to be well formed.

    Raises GoldError("<path>: <field path>: <what is wrong>") for the first problem found.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldError(f"{path}: cannot read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise GoldError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    try:
        Gold.model_validate(data)
    except ValidationError as error:
        problems = error.errors(include_url=False)
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise GoldError(f"{path}: {_describe(problems[0])}{more}") from None
    return data
