"""Contact lines read on real releases from issuers the corpus does not hold (a festival's press
page, an event's PR agency, a town's closing lines): a label before a colon says which press a
person answers ('Presse régionale : …'), the function printed after the name is their role; a
clause leading to a mailbox ('Écrivez-nous à …') names no body and starts an entry of its own;
two sentences of one line give two contacts. Invented fragments of the real shapes, run through
the whole pipeline."""

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
    (
        "a_mailbox_introduced_as_prose_is_no_body_and_an_entry_of_its_own",
        "Contacts presse\nService communication : 02 31 30 46 00 – communication@ville-exemple.fr\n"
        "Numéro vert : 0 800 130 000 (appel gratuit)\nÉcrivez-nous à accueil@ville-exemple.fr.\n",
        [
            (None, None, "Service communication", ["communication@ville-exemple.fr"], ["+33231304600"]),
            (None, None, None, [], ["+33800130000"]),
            (None, None, None, ["accueil@ville-exemple.fr"], []),
        ],
    ),
    (
        "two_sentences_of_one_line_give_two_contacts",
        "Pour toute question, les habitants peuvent joindre la mairie au 02.31.30.41.00 ou écrire à "
        "accueil@ville-exemple.fr. Les journalistes peuvent contacter Léa Morin (+33 6 45 12 89 33).\n",
        [
            (None, None, None, ["accueil@ville-exemple.fr"], ["+33231304100"]),
            ("Léa Morin", None, None, [], ["+33645128933"]),
        ],
    ),
]


@pytest.mark.parametrize(("fragment", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_function_after_the_name_is_the_role(nlp, fragment, expected):
    doc = nlp(INTRO + fragment)
    got = [(c["name"], c["role"], c["organization"], c["emails"], c["phones"]) for c in doc._.contacts]
    assert got == [tuple(e) for e in expected]
