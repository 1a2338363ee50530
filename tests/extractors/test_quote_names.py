"""A speaker's name cut by a line break before the quote, where the entity extractor finds no
person (quote_names.py): after a comma, an introducer or a role word. A first name ending a line
in a street's name is no speaker. Invented fragments in a PDF's wrapped lines."""

from __future__ import annotations

import pytest

QUOTES = [
    (
        "La directrice de l'usine, Claire\nDumont, se félicite : « Nous allons embaucher quarante "
        "personnes d'ici juin. »",
        [("Nous allons embaucher quarante personnes d'ici juin.", "Claire Dumont")],
    ),
    (
        "Pour Claire\nDumont, présidente de l'association, « les bénévoles sont la force du club "
        "depuis vingt ans ».",
        [("les bénévoles sont la force du club depuis vingt ans", "Claire Dumont")],
    ),
    (
        "La présidente Claire\nDumont se félicite : « Nous allons embaucher quarante personnes d'ici juin. »",
        [("Nous allons embaucher quarante personnes d'ici juin.", "Claire Dumont")],
    ),
    (
        "Le chantier de l'avenue Jean\nJaurès, lancé en mai, durera un an.\n\n« Nous allons "
        "embaucher quarante personnes d'ici juin », se félicite le directeur.",
        [("Nous allons embaucher quarante personnes d'ici juin", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_wrapped_speaker(nlp, text, expected):
    assert [(q["text"], q["speaker"]) for q in nlp(text)._.quotes] == expected
