"""The genre printed in the header ('Communiqué de presse', 'Dossier de presse'), the body named
after it, and the release number."""

from __future__ import annotations

import re

from pipeline.extractors.contacts import has_organisation_word
from pipeline.extractors.metadata_common import LINE, fold, vocabulary

OF_BODY = re.compile(
    r"\s*(?:(?:conjoint|commun|commune|unitaire)\s+)?(?:(?:du|de\s+la|des|de)\s+|de\s+l['’]\s*|[–—|:-]\s*)"
    r"(?P<body>\S.*?)\s*$",
    re.IGNORECASE,
)
"""'Communiqué de presse (conjoint) du ministère …', 'COMMUNIQUÉ DE PRESSE – PRÉFECTURE DU CHER'."""


def find_reference(lines) -> tuple[str, int, int] | None:
    """'N° 42', 'Communiqué de presse n°134': the number on a short header line or after the genre,
    as (value, start, end); an ordinance's number in the body is not one."""
    vocab = vocabulary()
    for line in lines[:15]:
        match = vocab["reference"].search(line.text)
        lead = fold(line.text[: match.start()]) if match else ""
        if (
            match
            and (not lead or any(lead.endswith(t) for t in vocab["types"]))
            and (len(line.text) <= 40 or any(t in fold(line.text) for t in vocab["types"]))
        ):
            return (
                match["reference"],
                line.start + match.start("reference"),
                line.start + match.end("reference"),
            )
    return None


def find_document_type(text: str, lines) -> tuple[int | None, tuple[str, int, int, str] | None]:
    """(index of the type line in `lines`, (value, start, end, rule)): the genre opening one of the
    first header lines, else a line anywhere that is the genre alone (printed at the end)."""
    vocab = vocabulary()
    for index, line in enumerate(lines[:20]):
        document_type = printed_type(line.text)
        if document_type:
            offset = line.start + len(line.text) - len(line.text.lstrip())
            value = text[offset : offset + len(document_type)]
            return index, (value, offset, offset + len(document_type), "metadata.document_type")
    for match in LINE.finditer(text):
        if fold(match.group()) in vocab["types"]:
            value = match.group().strip()
            offset = match.start() + match.group().index(value)
            return None, (value, offset, offset + len(value), "metadata.document_type_line")
    return None, None


def printed_type(line: str) -> str | None:
    """The genre printed at the start of a header line; a line cut after a preposition
    ('Communiqué de', a broken duplicate of the next line) is not one."""
    vocab = vocabulary()
    folded = fold(line)
    for document_type in vocab["types"]:
        if folded == document_type:
            return line.strip()[: len(document_type)]
        if folded.startswith(document_type + " ") and (
            len(folded) < len(document_type) + 25 or type_issuer(line, len(document_type))
        ):
            rest = folded[len(document_type) :].split()
            if all(word in vocab["function_words"] for word in rest):
                continue
            return line.strip()[: len(document_type)]
    return None


def type_issuer(line: str, type_length: int) -> tuple[int, int] | None:
    """'Communiqué de presse du ministère de l'Intérieur': the body named after the genre, as
    (start, end) in the line."""
    stripped = len(line) - len(line.lstrip())
    match = OF_BODY.match(line, stripped + type_length)
    if match and has_organisation_word(match["body"]) and len(match["body"]) < 120:
        return match.start("body"), match.end("body")
    return None
