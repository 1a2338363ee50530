"""Desks and roles on contact lines: a desk printed after an office's body is the office's role
('Mairie de X – Secrétariat – 02 …'); a desk label is the role of the person right after its colon
only ('Presse : Y', not 'Presse : Office X · Y'); a press desk after a person and a comma is their
role ('Y, relations presse'); a rank in lower case is a civility ('lieutenant Y, officier presse');
two role lines read across two boxes are cut at the second role; a line opening on one capitalised
word and a colon ('Usagers : …') is an entry of its own, and a service head-word alone ('Permanence')
names no office. Invented fragments of a town hall,
a museum, a tourist office, a fire service and a listed company."""

from __future__ import annotations

import pytest

CASES = [
    (
        "office_desk_after_body",
        "Communiqué de presse\n\nLa Fondation Roc et Lande restaure le lavoir de Plourivo.\n\n"
        "Contacts presse\n"
        "Fondation Roc et Lande – Yannick Le Bihan – 02 96 11 22 33\n"
        "Mairie de Plourivo – Secrétariat – 02 96 44 55 66 – mairie@plourivo.fr\n",
        [("Yannick Le Bihan", None, "Fondation Roc et Lande"), (None, "Secrétariat", "Mairie de Plourivo")],
    ),
    (
        "office_desk_before_colon",
        "Communiqué de presse\n\nLe Musée de la Faïence présente une exposition de céramiques anciennes."
        "\n\nContacts\nMusée de la Faïence – accueil : 04 75 10 20 30\n",
        [(None, "accueil", "Musée de la Faïence")],
    ),
    (
        "desk_label_then_body",
        "Communiqué de presse\n\nL'Office de tourisme du Val d'Azergues publie le bilan de sa saison.\n\n"
        "Presse : Office de tourisme du Val d'Azergues · Camille Perrin · 04 74 01 02 03\n",
        [("Camille Perrin", None, "Office de tourisme du Val d'Azergues")],
    ),
    (
        "press_desk_after_comma",
        "Communiqué de presse\n\nLe groupe Talmont publie son chiffre d'affaires.\n\nContacts\n"
        "Ondine Conseil – Pierre Vasseur, relations presse – +33 1 40 50 60 70 – pvasseur@ondine.fr\n",
        [("Pierre Vasseur", "relations presse", "Ondine Conseil")],
    ),
    (
        "lower_case_rank",
        "Communiqué de presse\n\nLes pompiers du Morbihan appellent à la vigilance face aux feux de champs."
        "\n\nContact presse : lieutenant Solène Guyader, officier presse – 06 11 22 33 44\n",
        [("Solène Guyader", "officier presse", None)],
    ),
    (
        "two_role_lines_read_across",
        "Communiqué de presse\n\nLe groupe Talmont publie son chiffre d'affaires semestriel.\n\nContacts\n"
        "Groupe Talmont Agence Ondine Finance\nClaire Morvan Paul Ledru\n"
        "Directrice financière Relations investisseurs\n02 40 11 22 33 01 40 50 60 70\n"
        "investisseurs@talmont.fr pledru@ondine-finance.fr\n",
        [
            ("Claire Morvan", "Directrice financière", "Groupe Talmont"),
            ("Paul Ledru", "Relations investisseurs", "Agence Ondine Finance"),
        ],
    ),
    (
        "one_word_label_starts_an_entry",
        "Communiqué de presse\n\nLa communauté de communes lance un transport à la demande.\n\nContacts\n"
        "Presse : Lucie Morvan – 02 97 11 22 33\nUsagers : Mobi'Oust – 02 97 44 55 66\n"
        "Permanence : 02 97 44 55 00 (mardi, 9h-12h)\n",
        [("Lucie Morvan", "Presse", None), (None, None, None), (None, None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desks(nlp, text, expected):
    assert [(c["name"], c["role"], c["organization"]) for c in nlp(text)._.contacts] == expected
