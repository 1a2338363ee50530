"""Contact lines of real French releases (a cooperative bank, a water syndicate, an association's
closing sentence): a desk printed before a colon ('Presse : X', 'Communication financière : Y') is
the role of the person on its line when the line prints no function of theirs; the words leading
from a role to its number (', au 01 …', ', joignable par téléphone au …') are no part of the role.
Invented fragments of the real shapes, run through the whole pipeline."""

from __future__ import annotations

import pytest

INTRO = "Les résultats de l'exercice sont publiés ce jour.\n\n"

CASES = [
    (
        "desks_before_names",
        "Contacts\nPresse : Jules Marot – 02 40 11 22 33 – jules.marot@banque-ouest.fr\n"
        "Communication financière : Inès Caradec – 02 40 11 22 44 – finance@banque-ouest.fr\n",
        [
            ("Jules Marot", "Presse", None, ["jules.marot@banque-ouest.fr"], ["+33240112233"]),
            ("Inès Caradec", "Communication financière", None, ["finance@banque-ouest.fr"], ["+33240112244"]),
        ],
    ),
    (
        "desk_and_own_function",
        "Contacts\nPresse : Sandra Vial, directrice – s.vial@syndicat-eaux.fr – 06 08 45 21 37\n",
        [("Sandra Vial", "directrice", None, ["s.vial@syndicat-eaux.fr"], ["+33608452137"])],
    ),
    (
        "medias_desk",
        "Contact\nMédias : Thomas Kerlan | 06 22 33 44 55 | t.kerlan@festival-iroise.bzh\n",
        [("Thomas Kerlan", "Médias", None, ["t.kerlan@festival-iroise.bzh"], ["+33622334455"])],
    ),
    (
        "role_then_au_number",
        "Contact presse : Paul Girard, directeur de la communication, au 01 44 55 66 77 ou par "
        "courriel à pgirard@secours-solidaire.org.\n",
        [
            (
                "Paul Girard",
                "directeur de la communication",
                None,
                ["pgirard@secours-solidaire.org"],
                ["+33144556677"],
            )
        ],
    ),
    (
        "two_names_split_by_a_slash",
        "Relations presse : Agence Mots Clés\nCamille Denis / Hugo Lemaire\ncamille@motscles.fr\n",
        [("Camille Denis", None, "Agence Mots Clés", ["camille@motscles.fr"], [])],
    ),
    (
        "role_then_joignable",
        "Contact presse : Léa Morvan, chargée de communication, joignable au 02 98 11 22 33.\n",
        [("Léa Morvan", "chargée de communication", None, [], ["+33298112233"])],
    ),
]


@pytest.mark.parametrize(("fragment", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_contact_lines_of_real_shapes(nlp, fragment, expected):
    doc = nlp(INTRO + fragment)
    got = [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in doc._.contacts]
    assert got == expected
