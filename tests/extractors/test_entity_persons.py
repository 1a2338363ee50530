"""Persons in the shapes French releases of many issuers use, on invented fragments."""

import pytest

from pipeline.extractors.entities.persons import person_cue_before
from pipeline.extractors.entities.titled_names import after_civility, elided_surname_end, named_after_person


def persons_of(nlp, text: str) -> list[str]:
    return sorted(m["text"] for e in nlp(text)._.entities if e["label"] == "PER" for m in e["mentions"])


def labels_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "Le Dr Hélène Martin-Durand, médecin du sport, et le Pr. Alain Benoît participeront au colloque.",
            ["Alain Benoît", "Hélène Martin-Durand"],
        ),
        (
            "La messe sera célébrée par Mgr Bernard Ginoux, évêque du diocèse.",
            ["Bernard Ginoux"],
        ),
        ("L'avocat de la famille, Me Rachid Benali, a déposé un recours au tribunal.", ["Rachid Benali"]),
        (
            "Intervenants : Dr Aïcha Traoré (CHU de Lille), Pr Jean-François Delfraissy (CCNE).",
            ["Aïcha Traoré", "Jean-François Delfraissy"],
        ),
        ("Interviewée à la radio, le Pr Karine Lacombe a rappelé les gestes barrières.", ["Karine Lacombe"]),
    ],
)
def test_a_civility_is_not_part_of_the_person_nor_a_name_alone(nlp, text, persons):
    found = labels_of(nlp, text)
    assert persons_of(nlp, text) == persons
    assert not any(name.split()[0].rstrip(".") in {"Dr", "Pr", "Mgr", "Me"} for name in found)


def test_a_civility_and_surname_later_join_the_full_name(nlp):
    text = (
        "Le Dr. Paul Martin et le Pr Sophie Durand ont coordonné l'étude. "
        "Selon le Dr Martin, les résultats sont encourageants."
    )
    entities = [e for e in nlp(text)._.entities if e["label"] == "PER"]
    martin = next(e for e in entities if e["name"] == "Paul Martin")
    assert [m["text"] for m in martin["mentions"]] == ["Paul Martin", "Martin"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("La soirée est animée par M. Karim Ben Salah et Mme Sophie N'Diaye, bénévoles.", "Sophie N'Diaye"),
        ("Le prix revient à Aïssa D'Souza, doctorante à l'université.", "Aïssa D'Souza"),
        ("Les marraines du tournoi sont Mme Awa N’Diaye et Mme Léa Petit.", "Awa N’Diaye"),
    ],
)
def test_an_elided_capital_stays_with_the_surname_it_is_glued_to(nlp, text, person):
    assert person in persons_of(nlp, text)


def test_elided_surname_end_reads_the_glued_surname():
    text = "avec Sophie N'Diaye et"
    start = text.index("Sophie")
    assert elided_surname_end(text, start, text.index("Diaye")) == text.index(" et")
    assert elided_surname_end(text, start, text.index("'")) == text.index(" et")
    assert elided_surname_end(text, start, start + len("Sophie")) == start + len("Sophie")


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "Étaient présents :\nDUPONT Marie, présidente\nLEROY Thomas, trésorier\n"
            "NGUYEN Thi Lan, secrétaire\n",
            ["DUPONT Marie", "LEROY Thomas", "NGUYEN Thi Lan"],
        ),
        (
            "Contacts presse\nCamille ROUSSEL - 01 44 55 66 77\nBENOIT Arnaud - 06 11 22 33 44\n",
            ["BENOIT Arnaud", "Camille ROUSSEL"],
        ),
    ],
)
def test_a_surname_in_capitals_before_the_first_name_is_a_person(nlp, text, persons):
    assert persons_of(nlp, text) == persons


def test_a_body_acronym_before_a_place_is_no_surname_first(nlp):
    found = labels_of(nlp, "L'ARS Bretagne et SNCF Réseau ont signé la convention de partenariat.")
    assert "PER" not in found.values()


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "Le projet est porté par J.-P. Martin et A. Durand, chercheurs au laboratoire.",
            ["A. Durand", "J.-P. Martin"],
        ),
        ("Rapport rédigé par M.-C. Leroux pour la fédération régionale.", ["M.-C. Leroux"]),
    ],
)
def test_initials_before_a_surname_name_a_person(nlp, text, persons):
    assert persons_of(nlp, text) == persons


def test_a_letter_closing_a_sentence_is_no_initial(nlp):
    found = labels_of(nlp, "Les élèves relèvent de la catégorie B. Les inscriptions sont ouvertes.")
    assert "PER" not in found.values()


@pytest.mark.parametrize(
    "text, person",
    [
        ("Les photos de la finale sont libres de droits.\nCrédit photo : Lucie Caradec\n", "Lucie Caradec"),
        ("Le nouveau gymnase a été inauguré samedi.\n© Malo Kerbrat\n", "Malo Kerbrat"),
        ("« C'est une étape décisive pour le club », ajoute Salomé Brunet.", "Salomé Brunet"),
        ("« Nous y croyons », a déclaré Tiphaine Morvan lors de la conférence.", "Tiphaine Morvan"),
    ],
)
def test_a_credit_or_a_quote_attribution_names_a_person(nlp, text, person):
    assert person in persons_of(nlp, text)


def test_person_cues():
    assert person_cue_before("Crédit photo : ", len("Crédit photo : "))
    assert person_cue_before("© ", 2)
    assert person_cue_before("« Oui », souligne ", len("« Oui », souligne "))
    assert not person_cue_before("Le projet de ", len("Le projet de "))


@pytest.mark.parametrize(
    "text",
    [
        "Rendez-vous place Charles de Gaulle, puis au square Louise Michel à 10 heures.",
        "L'hôpital Georges Pompidou et le centre hospitalier Jean Verdier renforcent leurs équipes.",
        "Un élève de l'école publique Léon Lambert, à Coutiches, est malade.",
        "Le prix Albert Londres a été remis à la promotion Simone Veil de l'école.",
    ],
)
def test_a_place_a_building_or_an_award_named_after_a_person_is_no_person(nlp, text):
    assert persons_of(nlp, text) == []


def test_named_after_person_reads_the_head_word_before(nlp):
    doc = nlp("Un élève de l'école publique Léon Lambert, place Charles Vildrac, avec Charles Martin.")
    assert named_after_person(doc, doc.text.index("Léon"))
    assert named_after_person(doc, doc.text.index("Charles"))
    assert not named_after_person(doc, doc.text.rindex("Charles"))


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Pour le préfet et par délégation,\nLe secrétaire général,\nFrançois-Xavier Lauch\n",
            "François-Xavier Lauch",
        ),
        ("Fait à Nîmes, le 3 mars 2024\nLa Présidente,\nMarie-Claude DUBOIS\n", "Marie-Claude DUBOIS"),
    ],
)
def test_a_compound_first_name_in_a_signature_is_kept_whole(nlp, text, person):
    assert person in persons_of(nlp, text)


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "Mme Hélène Martin-Durand, directrice, a ouvert la séance. "
            "Mme Martin-Durand a remercié les élus.",
            "Hélène Martin-Durand",
            "Martin-Durand",
        ),
        (
            "Anne de La Tour du Pin, marraine, remettra les prix. "
            "Mme de La Tour du Pin saluera les lauréats.",
            "Anne de La Tour du Pin",
            "La Tour du Pin",
        ),
    ],
)
def test_a_compound_surname_alone_joins_the_full_name(nlp, text, name, alias):
    entity = next(e for e in nlp(text)._.entities if e["name"] == name)
    assert entity["label"] == "PER"
    assert any(m["text"].endswith(alias) and m["text"] != name for m in entity["mentions"])


@pytest.mark.parametrize(
    "text, person",
    [
        ("M. de Rugy a visité le chantier du port avec les élus.", "de Rugy"),
        ("La séance est ouverte par Mme de Villiers, adjointe au maire.", "de Villiers"),
        ("Le colloque réunit des chercheurs autour de M. Durand et de ses collègues.", "Durand"),
    ],
)
def test_a_surname_after_a_civility_is_a_person_even_alone(nlp, text, person):
    assert persons_of(nlp, text) == [person]


def test_an_article_after_de_opens_no_surname_after_a_title(nlp):
    text = "Le Président de la République Emmanuel Macron se rendra à Caen."
    assert persons_of(nlp, text) == ["Emmanuel Macron"]


@pytest.mark.parametrize(
    "text",
    [
        "Mesdames et Messieurs,\nMonsieur le Préfet,\nNous avons l'honneur de vous inviter.",
        "Madame la Présidente, nous vous remercions de votre accueil au conseil.",
    ],
)
def test_an_article_after_a_civility_opens_no_surname(nlp, text):
    assert persons_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Le Général de Gaulle a prononcé l'appel du 18 juin à la radio.", "de Gaulle"),
        ("La cérémonie est présidée par le Colonel de La Roche, chef de corps.", "de La Roche"),
    ],
)
def test_a_rank_before_a_particle_surname_names_a_person(nlp, text, person):
    assert person in persons_of(nlp, text)


def test_a_rank_inside_a_role_is_no_civility(nlp):
    text = "Le Directeur Général de Santé Publique France a présenté le bilan."
    assert "de Santé" not in " ".join(persons_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Le Trophée Jules Verne et le Prix Albert Londres seront remis à la mairie.",
        "Les vols partent de l'aéroport Charles de Gaulle chaque matin.",
    ],
)
def test_a_capitalised_award_named_after_a_person_is_no_person(nlp, text):
    assert persons_of(nlp, text) == []


def test_a_known_first_name_and_surname_the_model_calls_a_place_is_a_person(nlp):
    text = "Marc-Antoine Dubreuil (FFR), Léa Nguyen (ARS) et Tom Weber (ADEME) ont débattu."
    assert persons_of(nlp, text) == ["Léa Nguyen", "Marc-Antoine Dubreuil", "Tom Weber"]


def test_a_compound_first_name_after_a_civility_keeps_the_whole_name(nlp):
    text = "Le Pr Jean-Michel Dubernard et le Dr Anne-Sophie Colin-Roux ont opéré le patient."
    assert persons_of(nlp, text) == ["Anne-Sophie Colin-Roux", "Jean-Michel Dubernard"]


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "Le Pr. Dupuis-Lefèvre, chef de service, et le Dr N'Guessan ont été reçus.",
            ["Dupuis-Lefèvre", "N'Guessan"],
        ),
        ("Mme N’Diaye, directrice de l'école, accueillera les familles.", ["N’Diaye"]),
    ],
)
def test_a_surname_opening_on_an_elided_capital_after_a_civility(nlp, text, persons):
    assert persons_of(nlp, text) == persons


def test_after_civility_skips_the_civility_of_a_span():
    text = "le Dr N'Guessan et Mgr Ginoux"
    assert after_civility(text, 3, text.index(" et")) == text.index("N'")
    assert after_civility(text, text.index("Mgr"), len(text)) == text.index("Ginoux")
    assert after_civility(text, text.index("N'"), text.index(" et")) == text.index("N'")
