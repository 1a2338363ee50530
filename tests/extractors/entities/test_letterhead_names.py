"""The names a letterhead block holds: joint issuers one under the other are one mention each, the
State's motto none, an acronym's line a mention of its own; a name wrapped over lines stays whole.
Invented letterheads of préfectures, health agencies, regions, ministries, unions and companies."""

import pytest

from pipeline.extractors.entities.letterhead_names import letterhead_names
from pipeline.extractors.entities.lexicon import Lexicon


def mentions_of(nlp, text: str) -> set[str]:
    return {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}


def entity_forms(nlp, text: str) -> list[set[str]]:
    return [{m["text"] for m in e["mentions"]} for e in nlp(text)._.entities]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Préfète de la Vienne\nAgence régionale de santé Nouvelle-Aquitaine\n\nPoitiers, le 4 juillet"
            " 2025"
            "\n\nCommuniqué de presse\n\nCanicule : le département en vigilance orange\n\nLa préfète appelle"
            " à la prudence.",
            ["Vienne", "Agence régionale de santé Nouvelle-Aquitaine"],
        ),
        (
            "PRÉFET DE LA RÉGION BRETAGNE\nLiberté\nÉgalité\nFraternité\nDirection régionale des affaires"
            " culturelles de Bretagne\n\nRennes, le 2 septembre 2025\n\nCommuniqué de presse\n\nLes"
            " Journées du patrimoine ouvrent 800 sites.",
            ["BRETAGNE", "Direction régionale des affaires culturelles de Bretagne"],
        ),
        (
            "Région Occitanie\nAgence de l'eau Adour-Garonne\n\nToulouse, le 12 mai 2025\n\nCommuniqué de"
            " presse\n\nVingt chantiers pour l'eau potable\n\nLes deux partenaires financent les travaux.",
            ["Région Occitanie"],
        ),
        (
            "MINISTÈRE DE LA CULTURE\nMINISTÈRE DES ARMÉES\n\nParis, le 8 mai 2025\n\nCommuniqué de"
            " presse\n\nUne exposition sur la mémoire des combattants.",
            ["MINISTÈRE DE LA CULTURE", "MINISTÈRE DES ARMÉES"],
        ),
    ],
)
def test_joint_issuers_are_one_mention_each(nlp, text, names):
    found = mentions_of(nlp, text)
    assert set(names) <= found, found
    assert not any("\n" in m and "Liberté" in m for m in found)
    # a prefect's block names an office a person holds, not a body: its place is the mention
    assert not any(m.lower().startswith("préf") for m in found), found


@pytest.mark.parametrize(
    "text, acronym, name",
    [
        (
            "ARS\nAgence régionale de santé\nCorse\n\nAjaccio, le 3 juin 2025\n\nCommuniqué de presse\n\n"
            "Moustique tigre : les bons gestes\n\nL'ARS rappelle les gestes de prévention.",
            "ARS",
            "Agence régionale de santé\nCorse",
        ),
        (
            "Direction départementale de l'emploi, du travail et des solidarités du Gard\nDDETS\n\nNîmes,"
            " le 3 juin 2025\n\nCommuniqué de presse\n\nUn forum de l'emploi à Alès\n\nLa DDETS organise un"
            " forum.",
            "DDETS",
            "Direction départementale de l'emploi, du travail et des solidarités du Gard",
        ),
    ],
)
def test_an_acronym_on_its_own_line_is_a_mention_of_the_body(nlp, text, acronym, name):
    assert any({acronym, name} <= forms for forms in entity_forms(nlp, text)), entity_forms(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "MINISTÈRE\nDE L'AGRICULTURE\nET DE LA SOUVERAINETÉ\nALIMENTAIRE\n\nParis, le 3 juin 2025\n\n"
            "Communiqué de presse\n\nLa campagne de vaccination des volailles commence.",
            "MINISTÈRE\nDE L'AGRICULTURE\nET DE LA SOUVERAINETÉ\nALIMENTAIRE",
        ),
    ],
)
def test_a_name_wrapped_over_lines_stays_one_mention(nlp, text, name):
    assert name in mentions_of(nlp, text)


@pytest.mark.parametrize(
    "block, names",
    [
        ("PRÉFÈTE\nDE LA RÉGION\nPAYS DE LA LOIRE", ["PAYS DE LA LOIRE"]),
        ("Agence régionale de santé\nBretagne", ["Agence régionale de santé\nBretagne"]),
        (
            "Direction régionale de l'économie, de l'emploi,\ndu travail et des solidarités",
            ["Direction régionale de l'économie, de l'emploi,\ndu travail et des solidarités"],
        ),
        (
            "Cabinet de la préfète\nService départemental de la communication",
            ["Cabinet de la préfète", "Service départemental de la communication"],
        ),
        ("**RÉGION BRETAGNE**\n**ADEME**", ["RÉGION BRETAGNE", "ADEME"]),
        ("Syndicat des vignerons de Provence", ["Syndicat des vignerons de Provence"]),
        # a place in capitals on its own line completes the name above it, it is no acronym
        ("RÉGION ACADÉMIQUE\nNORMANDIE", ["RÉGION ACADÉMIQUE\nNORMANDIE"]),
        ("CHAMBRE D'AGRICULTURE\nBRETAGNE", ["CHAMBRE D'AGRICULTURE\nBRETAGNE"]),
        # a line opening with an article, or after a comma, goes on with the name: no acronym's line
        ("MINISTÈRE\nDES SPORTS", ["MINISTÈRE\nDES SPORTS"]),
        (
            "MINISTÈRE\nDE LA CULTURE,\nDES MÉDIAS\nET DU NUMÉRIQUE",
            ["MINISTÈRE\nDE LA CULTURE,\nDES MÉDIAS\nET DU NUMÉRIQUE"],
        ),
        # the body's legal status under its name is no name
        (
            "Régie des eaux du Pays d'Olmes\nÉtablissement public industriel et commercial",
            ["Régie des eaux du Pays d'Olmes"],
        ),
    ],
)
def test_letterhead_names_split_a_block_by_body(nlp, block, names):
    lexicon = Lexicon(nlp)
    assert [block[s:e] for s, e, _ in letterhead_names(block, 0, len(block), lexicon)] == names


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Les demandes sont à adresser au Cabinet de la secrétaire d'État, qui répondra.",
            "Cabinet de la secrétaire d'État",
        ),
        (
            "Les journalistes s'inscrivent auprès du Cabinet de la ministre de la Culture avant lundi.",
            "Cabinet de la ministre de la Culture",
        ),
        ("Le Cabinet du préfet de la Gironde a reçu les maires.", "Cabinet du préfet de la Gironde"),
    ],
)
def test_an_office_keeps_the_role_and_its_portfolio(nlp, text, name):
    assert name in mentions_of(nlp, text)


def test_a_logo_s_description_names_the_body_without_the_word_logo(nlp):
    text = (
        "[Logo Brasserie Kerlouan]          [Logo Terres d'Iroise]\n\n"
        "Communiqué de presse\n\n"
        "La Brasserie Kerlouan et Terres d'Iroise lancent une bière de saison.\n"
    )
    names = {m["text"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert not any(name.lower().startswith("logo") for name in names), names


def test_a_festival_issuing_its_release_is_the_event(nlp):
    text = (
        "FESTIVAL VENTS DU LARGE\n\nSaint-Malo, le 3 mai 2026\n\nCommuniqué de presse\n\n"
        "La programmation de la sixième édition est dévoilée\n\nLe festival accueillera douze concerts."
    )
    labels = {e["name"].upper(): e["label"] for e in nlp(text)._.entities}
    assert labels.get("FESTIVAL VENTS DU LARGE") == "MISC", labels
