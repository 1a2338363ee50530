"""The date patterns (pipeline.extractors.dates.patterns): their speed-up lookaheads change no match."""

import re

from pipeline.extractors.dates.patterns import patterns

SPEED_FRAGMENTS = """Paris, le 15/06/2020. Rendez-vous le 15/06 puis le 2020-06-15.
Mardi 3 mars 2024, du 12 au 14 juin 2025, les 3 et 10 mars, du 28 février au 2 mars 2024.
Le 1er janvier, le premier avril, lundi 4 mai prochain, en mars 2024, mi-juin 2020, de janvier à mars 2021.
De 2019 à juin, au mois de juin, au premier trimestre 2024, T3 2022, 2019-2021, entre 2018 et 2020.
Les années 1990, au XXe siècle, au 19e siècle, d'ici 2030, l'année dernière, aujourd'hui, hier, demain.
Mardi prochain, jeudi, à la fin de l'année, début 2018, depuis 2015, à l'horizon 2040."""


def test_start_lookaheads_never_drop_a_match():
    """Each pattern's leading lookahead (a speed-up) must accept every first character of its matches."""
    lookahead = re.compile(r"^\(\?=(?:\[[^\]]*\]|\\d)\)")
    checked = 0
    for name, pattern in vars(patterns()).items():
        if not isinstance(pattern, re.Pattern) or not lookahead.match(pattern.pattern):
            continue
        without = re.compile(lookahead.sub("", pattern.pattern), pattern.flags)
        for text in (SPEED_FRAGMENTS, SPEED_FRAGMENTS.upper(), SPEED_FRAGMENTS.lower()):
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in without.finditer(text)], (
                name
            )
        checked += 1
    assert checked >= 20
