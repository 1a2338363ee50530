"""A letterhead's tagline, parts joined by middle dots under the issuer's name, describes the issuer and
names nothing; a part with a capitalised name of its own is still a name. Invented letterheads of a
festival, a workshop and a film society; the function is tested alone, then in the pipeline."""

import pytest

from pipeline.extractors.entities.spans import Candidate
from pipeline.extractors.entities.taglines import without_taglines


def kept(text: str, part: str, label: str = "MISC") -> bool:
    start = text.index(part)
    found = without_taglines(text, [Candidate(start, start + len(part), label, "pattern", "test")])
    return bool(found)


@pytest.mark.parametrize(
    "text, part",
    [
        (
            "LES VOIX DU LARGE\nFestival des cultures de la mer · Douarnenez\n",
            "Festival des cultures de la mer",
        ),
        (
            "**ATELIER KERLAN**\n*Découpe laser de précision · Thiers (Puy-de-Dôme)*\n",
            "Découpe laser de précision",
        ),
        ("Le Phare · Cinéma d'art et d'essai\n", "Cinéma d'art et d'essai"),
    ],
)
def test_a_descriptive_part_of_a_dotted_line_is_no_name(text, part):
    assert not kept(text, part)


@pytest.mark.parametrize(
    "text, part, label",
    [
        ("Festival Voix du Large · Douarnenez\n", "Festival Voix du Large", "MISC"),
        ("Le festival des cultures de la mer ouvre samedi.\n", "festival des cultures de la mer", "MISC"),
        ("Direction de la communication · 02 98 00 00 00\n", "Direction de la communication", "ORG"),
    ],
)
def test_a_name_a_sentence_or_a_body_is_kept(text, part, label):
    assert kept(text, part, label)


def test_the_tagline_gives_no_entity(nlp):
    text = (
        "LES VOIX DU LARGE\nFestival des cultures de la mer · Douarnenez\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nLe festival ouvrira le 12 juillet sur le port."
    )
    names = {e["name"] for e in nlp(text)._.entities}
    assert "Festival des cultures de la mer" not in names, names
