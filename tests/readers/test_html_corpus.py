"""The real saved pages of ../shared/corpus/html (skipped when the corpus is absent): each reads,
its site's furniture (navigation, footer, cookie banner, related links) stays out of the text, its
press contacts stay in, and English pages are refused for their language after reading.

The strings are chosen by reading each page, kept short, and are not the releases' text."""

from __future__ import annotations

import pytest

from pipeline.readers import read_document
from pipeline.screening import detect_language

PAGES = {
    "en-catalyze-datica-2016-09-21-series-b-financing": (
        [
            "Digital Health Success Framework",
            "Open Source Contributions",
            "System Status",
            "hello@datica.com",
        ],
        [],
    ),
    "en-city-of-philadelphia-2016-07-18-first-nine-community-schools": (
        ["Get a marriage license", "Google Translate", "We're piloting", "Pay a parking ticket"],
        ["press@phila.gov"],
    ),
    "en-nextcloud-2018-02-06-nextcloud-13-end-to-end-encryption": ([], ["pr@nextcloud.com"]),
    "fr-ars-hauts-de-france-2020-03-09-ecole-coutiches-fermee": (
        [
            "Aller au menu principal",
            "Emplois et concours",
            "Bourgogne-Franche-Comté",
            "Willy Brandt",
            "cookies",
        ],
        [],
    ),
    "fr-ars-martinique-2020-03-06-deux-premiers-cas-confirmes": (
        [
            "Aller au menu principal",
            "Etudes et Publications",
            "Etang Z",
            "Bilan de la qualité",
            "Retour en haut",
        ],
        [],
    ),
    "fr-ars-nouvelle-aquitaine-2020-02-29-coronavirus-point-de-situation": (
        ["Cap'Santé", "Alertes sanitaires", "rue Belleville", "Retour en haut", "Mentions légales"],
        ["Contact presse", "ars-na-communication@ars.sante.fr", "05 47 47 31 45"],
    ),
    "fr-ars-occitanie-2020-02-27-premier-cas-confirme-montpellier": (
        ["Aller au menu principal", "Linkedin", "ADELI", "Retour en haut", "Signature du site"],
        [],
    ),
    "fr-ars-pays-de-la-loire-2020-02-28-trois-nouveaux-cas-confirmes": (
        [
            "Projet régional de santé",
            "Démocratie sanitaire",
            "Gaston Doumergue",
            "ars-pdl-contact@",
            "Youtube",
        ],
        ["Contact presse", "ars-pdl-communication@ars.sante.fr", "06 78 26 56 94"],
    ),
    "fr-framasoft-2016-10-03-degooglisons-an-3": ([], ["pyg@framasoft.org", "pouhiou@framasoft.org"]),
    "fr-la-plateforme-2022-07-05-partenariat-numeum": (
        ["Sélectionner une page", "Articles récents", "Taxe d'apprentissage", "rue d’hozier", "Catégories"],
        ["pwillaert@hopscotch.fr", "lmarchionni@hopscotch.fr"],
    ),
    "fr-openfoodfacts-2022-06-nouvelle-application-10-ans": ([], ["pierre@openfoodfacts.org"]),
}


def test_every_corpus_page_is_listed(corpus):
    assert {p.stem for p in (corpus / "html").glob("*.html")} == set(PAGES)


@pytest.mark.parametrize("stem", sorted(PAGES))
def test_page_text_without_furniture_with_contacts(corpus, stem):
    path = corpus / "html" / f"{stem}.html"
    if not path.is_file():
        pytest.skip(f"{path} absent")
    document = read_document(path)
    furniture, contacts = PAGES[stem]
    present = [s for s in furniture if s in document.text]
    assert not present, f"furniture in the text: {present}"
    missing = [s for s in contacts if s not in document.text]
    assert not missing, f"contacts missing: {missing}"
    assert detect_language(document.text) == stem[:2]
    assert document.page is not None and document.elements
