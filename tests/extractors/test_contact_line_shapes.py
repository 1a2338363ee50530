"""Session 23 (classes from the read side's new releases dev-za and dev-zb): a rank or civility
opening the holder's name after a function and a dash, a dash between two letters inside a name,
and a region named as a pair of places across a dash. Invented fragments."""

import pytest

from pipeline.extractors.contacts import extract_contacts

INTRO = "La brigade ouvrira ses portes au public le samedi 14 juin, de 9 h à 18 h.\n\n"


def _run(fragment: str, persons: tuple[str, ...] = ()) -> list[tuple]:
    text = INTRO + fragment
    spans = [(text.index(p), text.index(p) + len(p)) for p in persons]
    return [(c["name"], c["role"], c["organization"]) for c in extract_contacts(text, spans)]


@pytest.mark.parametrize("title", ["Capitaine", "Mme", "M."])
def test_a_rank_or_civility_after_a_function_and_a_dash_opens_the_holders_name(title):
    fragment = f"Accréditations presse :\nOfficier communication – {title} Lucie Fabre\n03 25 11 22 33\n"
    assert _run(fragment, ("Lucie Fabre",)) == [("Lucie Fabre", "Officier communication", None)]


def test_a_dash_between_two_letters_is_inside_the_name():
    fragment = (
        "Contact presse\nAssociation des usagers de la ligne Lyon–Roanne\n"
        "Paul Mercier, président – 06 12 34 56 78\n"
    )
    assert _run(fragment, ("Paul Mercier",)) == [
        ("Paul Mercier", "président", "Association des usagers de la ligne Lyon–Roanne")
    ]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Mutuelle Horizon – Délégation Bourgogne – Franche-Comté",
            "Mutuelle Horizon – Délégation Bourgogne – Franche-Comté",
        ),
        # a place after a complement is the body's town or county, printed apart
        ("Ville de Brest – Finistère", "Ville de Brest"),
    ],
)
def test_a_region_named_as_a_pair_of_places_goes_on_after_the_dash(line, body):
    fragment = f"Contact presse\n{line}\nSophie Marlot, responsable communication\n04 66 52 31 00\n"
    assert _run(fragment, ("Sophie Marlot",)) == [("Sophie Marlot", "responsable communication", body)]


def test_a_box_frame_beside_the_lines_is_no_second_column():
    """A column gap the reader saw before a box's right side ('… 48 02 │') cuts off no column."""
    from pipeline.extractors.contact_blocks import columns

    text = "│ Mairie de Vaux │\n│ Cabinet – 03 11 22 33 44 │\n│ presse@vaux.example.fr"
    lines, start = [], 0
    for row in text.split("\n"):
        lines.append((start, start + len(row)))
        start += len(row) + 1
    gaps = (text.index(" │\n"), text.index(" │\n", text.index("44")))
    assert len(columns(text, lines, [], [], [], gaps)) == 1
