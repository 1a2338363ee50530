"""Persons in release shapes of issuers the corpus lacks (ARS, préfectures, ministries, companies,
associations, federations, festivals, a school competition), on invented fragments."""

import pytest

from pipeline.extractors.entities.person_aliases import plural_civility_persons, surname_of
from pipeline.extractors.entities.persons import checked_person_label, is_first_name


def persons_of(nlp, text: str) -> list[str]:
    return sorted({e["name"] for e in nlp(text)._.entities if e["label"] == "PER"})


def entity_of(nlp, text: str, name: str) -> dict:
    return next(e for e in nlp(text)._.entities if e["name"] == name)


@pytest.mark.parametrize(
    "text, company",
    [
        (
            "Le lot gros œuvre a été attribué à Vinci Construction, qui livrera le pont en 2027.",
            "Vinci Construction",
        ),
        ("Le festival est soutenu par Bouygues Telecom et par la région.", "Bouygues Telecom"),
        (
            "Les entreprises Martin Bâtiment et Roussel Frères ont remporté l'appel d'offres.",
            "Martin Bâtiment",
        ),
        ("Avec le soutien d'Airbus Defence, le concours récompense trois lycées.", "Airbus Defence"),
        ("Le satellite a été assemblé à Cannes par Thales Alenia Space pour le CNES.", "Thales Alenia Space"),
        ("Fnac Darty a annoncé ce matin l'ouverture de douze magasins.", "Fnac Darty"),
        ("Les verriers de Saint-Gobain Glass ont accueilli les collégiens.", "Saint-Gobain Glass"),
        ("La fédération remercie Dupuis Immobilier, partenaire du championnat.", "Dupuis Immobilier"),
        ("Le traiteur Léon Restauration assurera les repas des bénévoles du festival.", "Léon Restauration"),
        ("Les aciers sont livrés par Girard & Vasseur depuis 2019.", "Girard & Vasseur"),
        ("Selon Lucie & Marin, la gamme sera vendue en Bretagne dès mai.", "Lucie & Marin"),
        ("Les pièces seront usinées par Brevane Medtech, à Cluses, dès l'automne.", "Brevane Medtech"),
        ("Le syndicat des exportateurs Quelvane Export demande une aide.", "Quelvane Export"),
    ],
)
def test_a_company_of_capitalised_words_is_no_person(nlp, text, company):
    assert company not in persons_of(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "La séance était présidée par Marie-Amélie Le Fur, qui a rappelé les enjeux.",
            "Marie-Amélie Le Fur",
        ),
        ("Selon Bruno Le Maire, ministre de l'Économie, la croissance ralentit.", "Bruno Le Maire"),
        ("Noël Le Graët a ouvert l'assemblée générale de la ligue régionale.", "Noël Le Graët"),
        ("Le jury sera présidé cette année par Anne-Claire Du Pasquier.", "Anne-Claire Du Pasquier"),
        ("La cérémonie a été animée par Pierre-Yves Le Gall et Maëlle Tanguy.", "Pierre-Yves Le Gall"),
        ("Le trophée a été remis par Fatoumata Koné, marraine de l'édition.", "Fatoumata Koné"),
        (
            "Étaient présents Javier Morales, de l'université de Séville, et d'autres chercheurs.",
            "Javier Morales",
        ),
    ],
)
def test_a_name_of_known_first_names_and_surname_words_is_a_person(nlp, text, person):
    assert person in persons_of(nlp, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Contact presse\nDUPONT Jean-Marc\nChargé de communication\n06 12 34 56 78\n", "DUPONT Jean-Marc"),
        ("Vos interlocuteurs :\nROBERT Jean-Luc - 04 72 00 00 00\n", "ROBERT Jean-Luc"),
        ("Contacts :\nGIRAUD Anne-Sophie\nanne-sophie.giraud@ars.sante.fr\n", "GIRAUD Anne-Sophie"),
        ("Question écrite de Mme ROBERT Sylvie, sénatrice, publiée le 14 mars.", "ROBERT Sylvie"),
        ("Signé : Marie-Hélène LEFEBVRE, présidente de l'union départementale", "Marie-Hélène LEFEBVRE"),
    ],
)
def test_a_name_in_capitals_in_a_contact_block_or_signature_is_a_person(nlp, text, person):
    assert person in persons_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère lance l'IA Albert dans les services.\n",
        "Les agents du rectorat utilisent l'assistant d'IA Albert depuis mars.",
    ],
)
def test_two_capitalised_letters_before_a_first_name_are_no_surname(nlp, text):
    assert persons_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, name, alias",
    [
        (
            "Claire Vasseur, directrice générale de l'ARS, a présenté le plan. "
            "Vasseur a ensuite rencontré les élus du territoire.",
            "Claire Vasseur",
            "Vasseur",
        ),
        (
            "Michel Callot, président de la fédération, annonce la sélection. "
            "Callot a précisé que la liste serait revue en juin.",
            "Michel Callot",
            "Callot",
        ),
        (
            "« Nous avons besoin de bras », lance Julie Carpentier, présidente de la banque alimentaire. "
            "Carpentier rappelle que la collecte dure trois jours.",
            "Julie Carpentier",
            "Carpentier",
        ),
        (
            "Noël Le Graët, président de la ligue, a ouvert la saison. Le Graët a rappelé les objectifs.",
            "Noël Le Graët",
            "Le Graët",
        ),
        (
            "Le compositeur Thomas Enhco jouera avec l'orchestre. Le public retrouvera Enhco en mai.",
            "Thomas Enhco",
            "Enhco",
        ),
        (
            "Contact : Sandrine MOREAU, attachée de presse. Le dossier a été préparé par MOREAU.",
            "Sandrine MOREAU",
            "MOREAU",
        ),
    ],
)
def test_the_surname_alone_later_is_the_same_person(nlp, text, name, alias):
    entity = entity_of(nlp, text, name)
    assert entity["label"] == "PER"
    assert alias in entity["aliases"]
    assert any(m["text"] == alias for m in entity["mentions"])


def test_a_dictionary_word_opening_a_sentence_is_no_surname_alias(nlp):
    text = "La lauréate, Léa Petit, a 15 ans. Petit à petit, le projet a pris forme."
    entity = entity_of(nlp, text, "Léa Petit")
    assert entity["aliases"] == []


def test_a_surname_two_persons_share_names_neither(nlp):
    text = "Marie Curie et Pierre Curie ont travaillé ensemble. Curie est resté célèbre."
    assert all(len(e["mentions"]) == 1 for e in nlp(text)._.entities if e["label"] == "PER")


def test_a_surname_glued_to_another_capitalised_word_is_another_name(nlp):
    text = "Paul Rivière préside le jury. Le prix Rivière Nouvelle récompense un roman."
    entity = entity_of(nlp, text, "Paul Rivière")
    assert entity["aliases"] == []


def test_a_surname_opening_the_sentence_after_a_quote_is_no_signature(nlp):
    text = (
        "Pour Mathieu Ferrier, directeur du festival, « cette édition marque un tournant ». "
        "Ferrier annonce aussi une nouvelle scène."
    )
    assert [q["speaker"] for q in nlp(text)._.quotes] == ["Mathieu Ferrier"]


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "Conseil municipal\nMM. Durand et Petit, conseillers municipaux, ont voté contre.",
            ["Durand", "Petit"],
        ),
        ("Mmes Bachelot et Yade ont rappelé leur attachement au sport.", ["Bachelot", "Yade"]),
        ("Messieurs Caradec, Le Bris et Tanguy sont élus au bureau.", ["Caradec", "Le Bris", "Tanguy"]),
    ],
)
def test_each_surname_after_a_plural_civility_is_a_person(nlp, text, persons):
    assert set(persons) <= set(persons_of(nlp, text))


def test_plural_civility_persons_reads_the_list():
    text = "Mesdames Roux, Benali et Da Silva"
    assert [text[c.start : c.end] for c in plural_civility_persons(text)] == ["Roux", "Benali", "Da Silva"]


@pytest.mark.parametrize(
    "text",
    [
        "La Fondation Abbé Pierre publie son rapport et la Fondation Nicolas Hulot le salue.",
        "Le prix Jean-Zay de la laïcité sera remis au lycée Saint-Exupéry.",
        "Les élèves du collège Jean-Moulin et du lycée Louise-Michel sont qualifiés.",
        "Le laboratoire Pierre Fabre et le groupe Yves Rocher financent la chaire.",
        "L'exposition se tient à l'Espace Simone-Veil puis à l'amphithéâtre Marie-Curie.",
    ],
)
def test_a_person_s_name_inside_a_body_or_building_is_no_person(nlp, text):
    assert persons_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Le préfet a remis les médailles aux sapeurs-pompiers.\nPhoto : Laurent Vautrin / Préfecture\n",
            "Laurent Vautrin",
        ),
        (
            "Ouverture du festival sur la grande scène. Photo : © Christophe CHARPENEL\n",
            "Christophe CHARPENEL",
        ),
        ("Crédits photos : Ville de Nantes – Romain Boulanger\n", "Romain Boulanger"),
        ("Les lauréats du concours à l'Assemblée nationale. © Camille Roux\n", "Camille Roux"),
    ],
)
def test_a_person_named_only_in_a_photo_credit_is_a_person(nlp, text, person):
    assert person in persons_of(nlp, text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "« Nous sommes fiers de ce partenariat », déclare Hélène Thiollet, directrice du groupe.",
            "Hélène Thiollet",
        ),
        (
            "Le Dr Anne-Marie Durand-Salmon, médecin de santé publique, rappelle : « Il n'est pas trop "
            "tard pour se faire vacciner. »",
            "Anne-Marie Durand-Salmon",
        ),
        (
            "« Le sport doit rester accessible à tous », a affirmé Marie-Amélie Le Fur devant les clubs.",
            "Marie-Amélie Le Fur",
        ),
    ],
)
def test_a_quote_s_speaker_is_a_person(nlp, text, speaker):
    assert speaker in persons_of(nlp, text)
    # the speaker is the person, the civility left out ('Le Dr X' is the quotes module's own reading)
    assert any(found.endswith(speaker) for found in [q["speaker"] for q in nlp(text)._.quotes])


@pytest.mark.parametrize(
    "word, known",
    [("Claire", True), ("Jean-Marc", True), ("Marie-Amélie", True), ("claire", False), ("Samu", False)],
)
def test_is_first_name(word, known):
    assert is_first_name(word) is known


@pytest.mark.parametrize(
    "name, surname",
    [
        ("Claire Vasseur", "Vasseur"),
        ("Marie-Amélie Le Fur", "Le Fur"),
        ("Anne de Villiers", "de Villiers"),
        ("J.-P. Martin", "Martin"),
        ("Bouygues Telecom", None),
    ],
)
def test_surname_of(name, surname):
    assert surname_of(name) == surname


def test_checked_person_label_without_a_model():
    class NoWords:
        def __contains__(self, word):
            return False

    text = "avec Bouygues Telecom et Claire Vasseur, directrice, et Jeanne Morvan."
    at = text.index("Bouygues")
    assert checked_person_label(text, at, at + len("Bouygues Telecom"), "PER", {"ORG"}, NoWords()) == "ORG"
    at = text.index("Claire")
    assert checked_person_label(text, at, at + len("Claire Vasseur"), "PER", {"ORG"}, NoWords()) == "PER"
    at = text.index("Jeanne")
    assert checked_person_label(text, at, at + len("Jeanne Morvan"), "MISC", set(), NoWords()) == "PER"


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "ARS Occitanie\nLe directeur général de l'ARS, Didier Jaffre, et le préfet de région, "
            "Pierre-André Durand, ont présenté le plan canicule.",
            ["Didier Jaffre", "Pierre-André Durand"],
        ),
        (
            "Signataires : Sébastien Lecornu (ministre des Armées), Catherine Vautrin (ministre du Travail).",
            ["Catherine Vautrin", "Sébastien Lecornu"],
        ),
        (
            "Les candidats Lucas Bernard (lycée Descartes, Tours) et Inès Haddad (lycée Montaigne, "
            "Bordeaux) sont qualifiés pour la finale nationale.",
            ["Inès Haddad", "Lucas Bernard"],
        ),
        (
            "Les lauréates, Chloé Marchand et Yasmine El Amrani, élèves de première, recevront leur prix.",
            ["Chloé Marchand", "Yasmine El Amrani"],
        ),
        (
            "Les élèves ont été accueillis par Mme Nadège Colin, proviseure, et par M. Olivier Da Costa.",
            ["Nadège Colin", "Olivier Da Costa"],
        ),
    ],
)
def test_persons_listed_with_their_roles_or_schools(nlp, text, persons):
    assert persons_of(nlp, text) == persons


@pytest.mark.parametrize(
    "text",
    [
        "La Caisse d'Épargne Rhône Alpes et la Banque Populaire Auvergne soutiennent le festival.",
        "Partenaires : Crédit Agricole Centre-Est, Keolis Lyon, Decathlon et Michelin.",
        "Les équipes de Schneider Electric France et de Dassault Systèmes ont participé au hackathon.",
    ],
)
def test_sponsors_and_partners_are_no_persons(nlp, text):
    assert persons_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        ("Fait à Rennes, le 2 juin 2025\nLe Président de la Fédération\nGérard LE BRIS\n", "Gérard LE BRIS"),
        ("La présidente de l'union, Anne DE LA TOUR, ouvrira la séance.", "Anne DE LA TOUR"),
        (
            "Communiqué de presse\nQuimper, le 4 avril 2025\nLe département lance le plan vélo.\n\n"
            "Contact presse :\nMarion Kerjean – 02 98 11 11 11\nDE LA TOUR Anne – 02 98 00 00 00\n",
            "DE LA TOUR Anne",
        ),
    ],
)
def test_a_particle_in_capitals_is_part_of_the_name(nlp, text, person):
    assert person in persons_of(nlp, text)


def test_an_all_caps_heading_with_articles_is_no_person(nlp):
    assert persons_of(nlp, "LA FÉDÉRATION DE PÊCHE DE LA MANCHE\nCOMMUNIQUÉ\n") == []


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Artistes exposés :\nLina Ferrand, Hugo Delmas, Sølve Brekke, Nora Vidal, Iris Garnier.",
            "Sølve Brekke",
        ),
        ("Avec Ibrahim Maalouf, Melody Gardot, Bjørk Sørensen et Youssou N'Dour.", "Bjørk Sørensen"),
        ("Le jury réunit Claire Dubois, Marc Lenoir, Tsering Wangmo et Julie Roy.", "Tsering Wangmo"),
    ],
)
def test_a_name_in_a_list_of_persons_is_a_person(nlp, text, person):
    assert person in persons_of(nlp, text)


def test_a_list_of_sponsors_stays_bodies(nlp):
    text = "Partenaires : Crédit Agricole Centre-Est, Keolis Lyon, Decathlon et Michelin."
    assert persons_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Pour le préfet et par délégation,\nLe directeur de cabinet\nJEAN-PIERRE MOREAU\n",
            "JEAN-PIERRE MOREAU",
        ),
        ("Programme du festival\nSamedi 12 juillet\nJULIETTE ARMANET\n", "JULIETTE ARMANET"),
    ],
)
def test_a_name_in_capitals_under_a_title_line_is_a_signature(nlp, text, person):
    assert person in persons_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "COMMUNIQUÉ DE PRESSE\nVIGILANCE ORANGE CANICULE\nLe préfet active le plan.\n",
        "PIERRE FABRE\nCommuniqué de presse\n",
        "Le bilan\nNos actions en 2024\nROSE BONBON\n",
    ],
)
def test_a_heading_in_capitals_is_no_signature(nlp, text):
    assert persons_of(nlp, text) == []


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "« Soyez prudents », souligne le commandant Jean-Yves Kerbrac'h, chef du centre.",
            "Jean-Yves Kerbrac'h",
        ),
        ("« Merci aux bénévoles », dit Nolwenn Le Bec'h, présidente de l'association.", "Nolwenn Le Bec'h"),
    ],
)
def test_a_breton_surname_keeps_its_c_h(nlp, text, person):
    persons = persons_of(nlp, text)
    assert person in persons, persons


@pytest.mark.parametrize(
    "text, person",
    [
        ("On verra aussi l'Italienne Giulia Conti au festival de Valcourt.", "Giulia Conti"),
        (
            "Parmi les invités figure la Malienne Oumou Traoré, dont la série porte sur le fleuve.",
            "Oumou Traoré",
        ),
    ],
)
def test_a_nationality_before_a_person_is_no_part_of_the_name(nlp, text, person):
    labels = {m["text"]: e["label"] for e in nlp(text)._.entities for m in e["mentions"]}
    assert labels.get(person) == "PER", labels
