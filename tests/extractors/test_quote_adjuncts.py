"""Session 10: a verb of saying leads to a quote across a few words of adjunct ('rappelle pour sa
part que « … »', 'a indiqué aux élus que « … »', 'a déclaré devant la presse : « … »'), a lower-case
statement that reads as no sentence of its own. Invented fragments of several kinds of issuers,
through the whole pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "sdis_pour_sa_part",
        "Le colonel Marc Dubreuil, directeur départemental du SDIS 74, rappelle pour sa part que « chaque "
        "intervention en montagne mobilise des secouristes qui prennent eux aussi des risques ».",
        [
            (
                "Marc Dubreuil",
                "chaque intervention en montagne mobilise des secouristes qui prennent eux aussi des risques",
            )
        ],
    ),
    (
        "ars_aux_habitants",
        "Hélène Castel, directrice de la délégation départementale de l'ARS, a rappelé aux habitants que "
        "« les moustiques tigres se développent dans les petites quantités d'eau stagnante ».",
        [
            (
                "Hélène Castel",
                "les moustiques tigres se développent dans les petites quantités d'eau stagnante",
            )
        ],
    ),
    (
        "federation_par_ailleurs",
        "Jean Rivière, président de la fédération départementale du bâtiment, souligne par ailleurs que "
        "« les carnets de commandes des artisans ne couvrent plus que trois mois d'activité ».",
        [
            (
                "Jean Rivière",
                "les carnets de commandes des artisans ne couvrent plus que trois mois d'activité",
            )
        ],
    ),
    (
        "company_devant_la_presse",
        "Sophie Marchand, directrice générale de Verdalia, a déclaré devant la presse : « nous ouvrirons "
        "un deuxième site de production en Bretagne d'ici deux ans »",
        [("Sophie Marchand", "nous ouvrirons un deuxième site de production en Bretagne d'ici deux ans")],
    ),
]

NOT_SPEECH = [
    (
        "presented_programme",
        "Le festival a présenté aux partenaires le programme « une semaine pour découvrir les métiers "
        "du spectacle vivant ».",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_verb_leads_to_the_quote_across_an_adjunct(nlp, text, expected):
    doc = nlp(text)
    assert [(q["speaker"], q["text"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize("text", [c[1] for c in NOT_SPEECH], ids=[c[0] for c in NOT_SPEECH])
def test_a_title_after_a_verb_that_is_not_saying_is_no_quote(nlp, text):
    assert nlp(text)._.quotes == []
