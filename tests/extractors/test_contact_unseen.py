"""Contact lines read on real releases from issuers the corpus does not hold (a festival's press
page, an event's PR agency): a label before a colon says which press a person answers ('Presse
régionale : …'); the function printed after the name is their role. Invented fragments of the
real shapes, run through the whole pipeline."""

from __future__ import annotations

import pytest

INTRO = "Le festival ouvre ses portes le 4 juillet dans le parc du château.\n\n"

CASES = [
    (
        "label_then_name_and_function",
        "Contacts presse\nPresse régionale et locale : Agnès Souchet, chargée des relations presse "
        "(agnes.souchet@festival-abbatiale.fr)\n",
        [
            (
                "Agnès Souchet",
                "chargée des relations presse",
                None,
                ["agnes.souchet@festival-abbatiale.fr"],
                [],
            )
        ],
    ),
    (
        "label_agency_name_function",
        "Contacts presse\nPresse nationale : Agence Fil Rouge – Julie Marchand, attachée de presse – "
        "06 12 44 78 90 – julie@filrouge-rp.fr\n",
        [
            (
                "Julie Marchand",
                "attachée de presse",
                "Agence Fil Rouge",
                ["julie@filrouge-rp.fr"],
                ["+33612447890"],
            )
        ],
    ),
    (
        "label_alone_is_the_role",
        "Contacts presse\nPresse nationale : Florent Petit (florent.petit@exemple-rp.fr)\n",
        [("Florent Petit", "Presse nationale", None, ["florent.petit@exemple-rp.fr"], [])],
    ),
]


@pytest.mark.parametrize(("fragment", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_function_after_the_name_is_the_role(nlp, fragment, expected):
    doc = nlp(INTRO + fragment)
    got = [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in doc._.contacts]
    assert got == [tuple(e) for e in expected]
