"""Titles of works set in markdown italics inside a line of text are one MISC name each, article and
lower-case words included; a line in italics and nothing else (a dateline, a motto), a sentence in
italics, a species in brackets, and a person or a known body in italics stay as they were. Invented
fragments of a film festival, a theatre season and a zoo."""

from pathlib import Path

import pytest

from pipeline.api import extract
from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.titles import emphasised_titles


def misc_names(tmp_path: Path, raw: str) -> set[str]:
    path = tmp_path / "release.md"
    path.write_text(raw, encoding="utf-8")
    record = extract(path)
    return {m.text for e in record.entities if e.label == "MISC" for m in e.mentions}


@pytest.mark.parametrize(
    "line, title",
    [
        ("Le public découvrira l'exposition *Marins de papier* dans le hall du théâtre.", "Marins de papier"),
        (
            "La compagnie ouvre la saison avec *Les Veilleurs du phare*, une création.",
            "Les Veilleurs du phare",
        ),
        ("| Prix du jury | *Sous la dune* | Lucie Marchal |", "Sous la dune"),
        ("Elle lance la campagne _Un toit, deux âges_ en mars.", "Un toit, deux âges"),
    ],
)
def test_a_title_in_italics_is_one_thing(tmp_path, line, title):
    raw = f"# Festival des Grèves\n\nMorlaix, le 3 mars 2026\n\n{line}\n"
    assert title in misc_names(tmp_path, raw)


def test_italic_offsets_point_at_the_title(tmp_path):
    raw = "---\ntitle: Saison 2026\n---\n\n**Programme** : la pièce *Le Quai des brumes* ouvre la saison.\n"
    path = tmp_path / "release.md"
    path.write_text(raw, encoding="utf-8")
    record = extract(path)
    mention = next(m for e in record.entities for m in e.mentions if m.text == "Le Quai des brumes")
    assert record.document.text[mention.start : mention.end] == "Le Quai des brumes"


def test_styled_lines_sentences_and_glosses_are_no_titles():
    text = (
        "Brest, le 4 mai 2026\nLiberté Égalité Fraternité\n"
        "Trois loutres (Aonyx cinereus) sont nées. Il conclut : Nous reviendrons tous ici.\n"
    )
    ranges = [
        (text.index("Brest"), text.index("2026") + 4),
        (text.index("Liberté"), text.index("Liberté") + 7),
        (text.index("Égalité"), text.index("Égalité") + 7),
        (text.index("Fraternité"), text.index("Fraternité") + 10),
        (text.index("Aonyx"), text.index("cinereus") + 8),
        (text.index("Nous"), text.index("ici.") + 4),
    ]
    assert emphasised_titles(text, ranges, []) == []


def test_a_person_or_a_known_body_in_italics_stays():
    text = "Le film suit *Jeanne Morvan* puis *Ifremer* au large."
    person = Candidate(text.index("Jeanne"), text.index("Morvan") + 6, "PER", "model", "ner.per")
    known = Candidate(text.index("Ifremer"), text.index("Ifremer") + 7, "ORG", "gazetteer", "gazetteer.x")
    ranges = [(person.start, person.end), (known.start, known.end)]
    assert emphasised_titles(text, ranges, [person, known]) == [person, known]


def test_a_web_page_keeps_its_italics_as_clean_ranges():
    from pipeline.readers.html import read_html

    markup = (
        "<html><head><title>Saison 2026 du Théâtre des Grèves</title></head><body><article>"
        "<h1>Saison 2026 du Théâtre des Grèves</h1>"
        "<p>La compagnie ouvre la saison avec <em>Les Veilleurs   du phare</em>, puis la pièce "
        "<i>Marée basse</i> au printemps, dans la grande salle du théâtre rénovée cet hiver.</p>"
        "<p>Les billets sont en vente à l'accueil du théâtre et sur son site, du mardi au samedi.</p>"
        "</article></body></html>"
    )
    source = read_html("page.html", markup.encode())
    assert [source.text[start:end] for start, end in source.emphasis] == [
        "Les Veilleurs du phare",
        "Marée basse",
    ]
