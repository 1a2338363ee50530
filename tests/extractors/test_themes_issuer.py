"""Session 16: the issuer's kind as evidence. A préfecture, a ministry, a secrétariat d'État or a Région
writes about a measure of its own, which readers file under politics, while its body mostly names the
measure's subject; the issuer's kind adds weight to politics when the body has some evidence of it.
Every fragment and name is invented."""

import pytest

from pipeline.extractors.themes import issuer_kind_weights

POLITICS, GOVERNMENT_POLICY = "medtop:11000000", "medtop:20000621"
ENVIRONMENT = "medtop:06000000"

DROUGHT = (
    "Sécheresse : l'usage de l'eau restreint dans le bassin de la Vézère\n\n"
    "Le niveau des nappes phréatiques et le débit des rivières restent très bas après un été sans pluie. "
    "L'arrosage des jardins, le lavage des voitures et le remplissage des piscines sont interdits "
    "jusqu'au 31 octobre. Un arrêté fixe les mesures applicables dans chaque commune du bassin."
)


def _ids(nlp, text: str, issuer: str | None) -> set[str]:
    doc = nlp.make_doc(text)
    doc._.metadata = {"issuer": issuer, "evidence": {"title": {"start": 0, "end": text.index("\n")}}}
    return {t["id"] for t in nlp.get_pipe("communique_themes")(doc)._.themes}


@pytest.mark.parametrize(
    "issuer",
    [
        "PRÉFÈTE DE LA CORRÈZE",
        "Préfecture de la Dordogne",
        "Sous-préfecture de Brive",
        "MINISTÈRE DE LA TRANSITION ÉCOLOGIQUE",
        "Secrétariat d'État chargé de la Mer",
        "Région Nouvelle-Aquitaine",
        "[logo] Région Nouvelle-Aquitaine",
        "Régie des eaux du Pays de Brive ; PRÉFET DE LA RÉGION OCCITANIE",
    ],
)
def test_a_state_issuer_is_evidence_of_politics(issuer):
    assert issuer_kind_weights(issuer) == {POLITICS: 10.0}


@pytest.mark.parametrize(
    "issuer",
    [
        None,
        "Préfecture de police des Hauts-de-Seine",
        "Préfecture maritime de l'Atlantique",
        "Région académique Occitanie",
        "Agence régionale de santé Occitanie",
        "Association des riverains de la Vézère",
        "Régie des eaux du Pays de Brive",
        "Conseil régional des jeunes",
    ],
)
def test_other_issuers_add_nothing(issuer):
    assert issuer_kind_weights(issuer) == {}


def test_a_prefecture_measure_is_filed_under_politics_as_well(themes_nlp):
    ids = _ids(themes_nlp, DROUGHT, "PRÉFÈTE DE LA CORRÈZE")
    assert {ENVIRONMENT, POLITICS, GOVERNMENT_POLICY} <= ids


def test_the_same_text_from_an_association_is_not(themes_nlp):
    ids = _ids(themes_nlp, DROUGHT, "Association des riverains de la Vézère")
    assert ENVIRONMENT in ids and POLITICS not in ids


def test_the_issuer_alone_files_nothing(themes_nlp):
    text = (
        "Les Journées du patrimoine ouvrent les ateliers de restauration\n\n"
        "Les visiteurs découvriront les ateliers où les restaurateurs de tableaux et de sculptures "
        "préparent la prochaine exposition du musée."
    )
    assert POLITICS not in _ids(themes_nlp, text, "MINISTÈRE DE LA CULTURE")
