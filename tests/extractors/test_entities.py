import re

import pytest

from pipeline.extractors.entities import Candidate, acronym_matches, cluster, fold, name_key


def test_acronym_matching():
    assert acronym_matches("PMIA", ["Partenariat", "Mondial", "sur", "l", "intelligence", "artificielle"])
    assert acronym_matches(
        "INRIA", ["Institut", "national", "de", "recherche", "en", "informatique", "et", "en", "automatique"]
    )
    assert acronym_matches("GPAI", ["Global", "Partnership", "on", "AI"])
    assert not acronym_matches("OCDE", ["Partenariat", "Mondial"])


def test_folding():
    assert fold("États-Unis d’Amérique") == "etats unis d amerique"
    assert name_key("Partenariat Mondial sur l'IA") == name_key("Partenariat mondial pour l'IA")


def test_cluster_joins_case_variants_acronyms_and_surnames():
    text = "Justin TRUDEAU et Justin Trudeau; Trudeau. Institut national (INRIA) puis INRIA."
    mentions = [
        Candidate(0, 14, "PER", "model", "ner.per"),
        Candidate(18, 32, "PER", "model", "ner.per"),
        Candidate(34, 41, "PER", "model", "ner.per"),
        Candidate(43, 60, "ORG", "acronym", "entity.acronym_expansion"),
        Candidate(62, 67, "ORG", "acronym", "entity.acronym"),
        Candidate(74, 79, "ORG", "propagated", "entity.propagated"),
    ]
    entities = cluster(text, mentions, [("Institut national", "INRIA")])
    assert [(e["name"], e["label"], len(e["mentions"])) for e in entities] == [
        ("Justin Trudeau", "PER", 3),
        ("Institut national", "ORG", 3),
    ]
    assert "INRIA" in entities[1]["aliases"]


def test_seed_entities(nlp):
    from conftest import SEED

    from pipeline.readers import read_document

    doc = nlp(read_document(SEED).text)
    by_name = {e["name"]: e for e in doc._.entities}
    gpai = next(e for e in doc._.entities if "PMIA" in e["aliases"] or e["name"] == "PMIA")
    assert {"GPAI", "Global Partnership on AI"} <= set(gpai["aliases"]) | {gpai["name"]}
    assert by_name["Justin Trudeau"]["label"] == "PER"
    assert by_name["Allemagne"]["label"] == "LOC"
    for entity in doc._.entities:
        for mention in entity["mentions"]:
            assert doc.text[mention["start"] : mention["end"]] == mention["text"]


def test_head_words_decide_the_label():
    from pipeline.extractors.entities import head_label, is_address

    assert head_label("ministère des Sports") == "ORG"
    assert head_label("Plateforme Nova") == "MISC"
    assert head_label("vallée de la Loire") == "LOC"
    assert head_label("Blue Harbour Gallery") == "ORG"
    assert head_label("Camille Martin") is None
    assert is_address("12 rue des Lilas") and is_address("Avenue Victor Hugo")
    assert not is_address("Rue")


def test_acronym_may_leave_out_a_last_complement():
    words = ["direction", "générale", "des", "systèmes", "et", "des", "réseaux", "de", "l'", "État"]
    assert acronym_matches("DGSR", words)
    assert not acronym_matches("DG", ["direction", "générale", "de", "l'", "État"])


def entities_of(nlp, text: str) -> dict[str, str]:
    return {e["name"]: e["label"] for e in nlp(text)._.entities}


def test_named_bodies_with_complements(nlp):
    found = entities_of(
        nlp,
        (
            "Le ministère de la Mer et des Pêches travaille avec la "
            "direction générale des routes du ministère des Transports "
            "et l'Office national des forêts."
        ),
    )
    assert found.get("ministère de la Mer et des Pêches") == "ORG"
    assert found.get("direction générale des routes") == "ORG"
    assert found.get("ministère des Transports") == "ORG"
    assert found.get("Office national des forêts") == "ORG"


def test_lower_case_expansion_needs_a_head_word(nlp):
    doc = nlp(
        "La caisse nationale des retraites agricoles (CNRA) finance "
        "la réalité virtuelle (RV) dans les fermes."
    )
    names = {e["name"]: e for e in doc._.entities}
    assert names["caisse nationale des retraites agricoles"]["label"] == "ORG"
    assert "CNRA" in names["caisse nationale des retraites agricoles"]["aliases"]
    assert not any("réalité virtuelle" in [e["name"], *e["aliases"]] for e in doc._.entities)


def test_common_words_opening_a_line_are_not_names(nlp):
    found = entities_of(
        nlp, "Tarif\nDécouvrez le nouveau service de Lucie Moreau à Quimper.\nBénéfices attendus : aucun."
    )
    assert not {"Tarif", "Découvrez", "Bénéfices"} & set(found)


def test_capitalised_runs_and_camel_case_are_names(nlp):
    found = entities_of(
        nlp,
        (
            "Les agents utilisent Coffre Numérique et PlumeConnect, "
            "conçus avec Ateliers de Toulouse. Contact : Maëlys KERGOAT, "
            "06 12 34 56 78."
        ),
    )
    assert found.get("Coffre Numérique") == "MISC"
    assert found.get("PlumeConnect") == "MISC"
    assert found.get("Ateliers de Toulouse") == "ORG"
    assert found.get("Maëlys KERGOAT") == "PER"


def test_capitalised_article_mid_sentence_belongs_to_the_name(nlp):
    found = entities_of(nlp, "Le projet a été présenté au journal Le Matin de Bretagne par l'équipe.")
    assert any(name.startswith("Le Matin") for name in found)


def test_legal_texts(nlp):
    text = (
        "Le décret n° 2019-1234 du 3 mars 2019 portant création d'un "
        "fichier des dons s'applique. La loi est votée."
    )
    found = entities_of(nlp, text)
    assert found.get("décret n° 2019-1234 du 3 mars 2019 portant création d'un fichier des dons") == "MISC"
    assert not any(name.lower() == "loi" for name in found)


def test_appositives_wrapped_places_and_natural_places(nlp):
    found = entities_of(
        nlp,
        (
            "Selon l'association Hirondelle et l'application Pivert, "
            "les cas du Val-d’Oise et de la vallée de la Loire augmentent."
        ),
    )
    assert found.get("Hirondelle") == "ORG"
    assert found.get("Pivert") == "MISC"
    assert found.get("Val-d’Oise") == "LOC"
    assert found.get("vallée de la Loire") == "LOC"
    text = (
        "Les cas confirmés résident surtout dans les départements "
        "de la petite couronne et en Seine-et-\nMarne depuis lundi."
    )
    assert any(e["label"] == "LOC" and fold(e["name"]) == "seine et marne" for e in nlp(text)._.entities)


def test_dateline_place_and_all_caps_headings(nlp):
    text = (
        "Préfecture du Gard\nCOMMUNIQUÉ DE PRESSE\nVIGILANCE CANICULE "
        "EN COURS\nAlès, le 3 août 2021\nLa préfète appelle à la prudence."
    )
    found = entities_of(nlp, text)
    assert found.get("Alès") == "LOC"
    assert not any(name.isupper() and " " in name for name in found)


def test_a_hyphenated_surname_stays_whole(nlp):
    doc = nlp("Comme l'écrivait en 1990 Jeanne Marchal-Dubreuil. Depuis, l'exposition a voyagé.")
    assert [e["name"] for e in doc._.entities if e["label"] == "PER"] == ["Jeanne Marchal-Dubreuil"]


def test_a_role_is_not_a_person(nlp):
    doc = nlp(
        "Selon Paul Girardin, Président de l’Association des maires "
        "ruraux : « Nous sommes très heureux de cette décision. "
        "»\n"
    )
    persons = [e["name"] for e in doc._.entities if e["label"] == "PER"]
    assert persons == ["Paul Girardin"]
    assert [q["speaker"] for q in doc._.quotes] == ["Paul Girardin"]


def test_a_hyphen_between_two_places_joins_nothing(nlp):
    doc = nlp("Le vol Paris-Montréal reprend en juin, annonce la compagnie.")
    assert "Paris-Montréal" not in [e["name"] for e in doc._.entities]


def test_a_roman_numeral_alone_is_no_entity(nlp):
    doc = nlp("Le chapitre VII du rapport porte sur Charles VII et sur la réforme.")
    assert [e["name"] for e in doc._.entities] == ["Charles VII"]


def test_towns_from_the_places_list(nlp):
    doc = nlp(
        "Le préfet s'est rendu mardi à Étretat, puis à Villebon-sur-Yvette et à Rochechouart.\n"
        "Orange annonce un nouveau réseau. Les habitants d'Orange sont invités à la mairie.\n"
        "La directrice Martine Calais a présenté le projet."
    )
    labels = {e["name"]: e["label"] for e in doc._.entities}
    assert labels["Étretat"] == labels["Villebon-sur-Yvette"] == labels["Rochechouart"] == "LOC"
    orange = [m["start"] for e in doc._.entities if e["name"] == "Orange" for m in e["mentions"]]
    assert doc.text.index("Orange annonce") not in orange  # a common word opening a sentence
    assert labels.get("Martine Calais") == "PER" and "Calais" not in labels  # a surname that is also a town


def test_a_unit_after_a_number_is_no_name(nlp):
    doc = nlp(
        "Les abonnés sont raccordés à un des 35 réseaux de froid "
        "(0.78 TWh de froid livré). Les objectifs sont fixés."
    )
    assert not any("TWh" in e["name"] for e in doc._.entities)


def test_a_name_stops_at_a_full_stop_before_a_new_sentence(nlp):
    found = entities_of(
        nlp, "Le dernier panneau montre la prise de Grenade par Louis V. La scène a été restaurée en 1990."
    )
    assert found.get("Louis V") == "PER"
    assert not any("scène" in name for name in found)


def test_a_street_name_is_part_of_an_address(nlp):
    found = entities_of(nlp, "Le bureau est situé au 14 rue Marcel Pagnol, 35000 Rennes.")
    assert "Marcel Pagnol" not in found
    assert found.get("Rennes") == "LOC"


def test_an_ampersand_joins_one_more_word_only(nlp):
    found = entities_of(nlp, "La galerie (Galerie Martin & Fils) expose Anna van Dijk & Lucas de Vries.")
    assert found.get("Galerie Martin & Fils") == "ORG"
    assert not any("&" in name and "Vries" in name for name in found)


def test_hyphenated_words_go_on_in_a_named_body(nlp):
    found = entities_of(
        nlp, "La diplômée de l’École nationale des beaux-arts de Nantes, Léa Morel, expose à Brest."
    )
    assert found.get("École nationale des beaux-arts de Nantes") == "ORG"


def test_schools_keep_their_noun_and_the_town_after_them_is_a_place(nlp):
    found = entities_of(
        nlp,
        (
            "Une classe du lycée Parc de Vilgénis de Massy a été fermée. "
            "Une classe du collège Jules Verne de Villebon-sur-Yvette "
            "aussi, comme au lycée Charles de Gaulle."
        ),
    )
    assert found.get("lycée Parc de Vilgénis") == "ORG" and found.get("Massy") == "LOC"
    assert found.get("collège Jules Verne") == "ORG" and found.get("Villebon-sur-Yvette") == "LOC"
    assert found.get("lycée Charles de Gaulle") == "ORG"


def test_an_appositive_after_the_name(nlp):
    found = entities_of(
        nlp,
        (
            "Les agents utilisent Pelican, plateforme collaborative "
            "du secteur public. À Lorient, l'association Amarre agit."
        ),
    )
    assert found.get("Pelican") == "MISC"
    assert "Lorient" not in found or found["Lorient"] == "LOC"


def test_lower_case_programmes_and_events_with_a_scope_adjective(nlp):
    found = entities_of(
        nlp,
        (
            "Le registre national des associations sportives et la "
            "semaine européenne pour l’emploi des personnes handicapées, "
            "puis le plan national de relance adopté par le Parlement."
        ),
    )
    assert found.get("registre national des associations sportives") == "MISC"
    assert found.get("semaine européenne pour l’emploi des personnes handicapées") == "MISC"
    assert found.get("plan national de relance") == "MISC"


def test_a_person_never_has_an_article_after_de(nlp):
    text = "Nous proposons la Visioplateforme de l’État et Charles de Gaulle."
    doc = nlp(text)
    resolver = nlp.get_pipe("communique_entities")
    start = text.index("Visioplateforme")
    assert resolver._model_label(doc, start, start + len("Visioplateforme de l’État"), "PER") == "MISC"
    start = text.index("Charles")
    assert resolver._model_label(doc, start, start + len("Charles de Gaulle"), "PER") == "PER"


def test_a_lone_word_after_a_or_a_postcode_is_a_place():
    text = (
        "Le festival de Brumaire. C'est à Brumaire que tout commence. "
        "87000 Brumaire. Albert est là, Albert aussi."
    )
    mentions = [
        Candidate(m.start(), m.end(), "PER", "model", "ner.per") for m in re.finditer("Brumaire|Albert", text)
    ]
    labels = {e["name"]: e["label"] for e in cluster(text, mentions, [])}
    assert labels == {"Brumaire": "LOC", "Albert": "MISC"}


def test_a_number_after_n_is_no_name(nlp):
    assert entities_of(nlp, "Retrouvez l'équipe au stand n°K42 du salon, près de l'entrée.") == {}


def test_a_portfolio_after_charge_de_is_part_of_a_role(nlp):
    found = entities_of(nlp, "Jeanne Morel, secrétaire d’État chargée de la Mer, inaugure le port.")
    assert "Mer" not in found


def test_common_words_opening_a_bullet_or_in_capitals_are_no_names(nlp):
    assert (
        entities_of(nlp, "Les étapes :\n• Lancement du programme en 2016 ;\n• Ouverture à tous en 2018.")
        == {}
    )
    assert (
        entities_of(
            nlp,
            "Le rapport complet.\n\nNOS CAMPAGNES DE PUB EN LIGNE ET EN VILLE\n\nLe réseau chauffe la ville.",
        )
        == {}
    )


def test_a_capitalised_common_word_inside_a_sentence_can_be_a_name(nlp):
    found = entities_of(
        nlp,
        "L'étude a été réalisée par la fédération avec le concours d’AMARRE, sous la tutelle du ministère.",
    )
    assert found.get("AMARRE") == "ORG"


def test_a_lone_head_word_refers_to_the_one_body_of_that_kind(nlp):
    doc = nlp(
        "Le Musée départemental d’art moderne de Lunel présente "
        "trois salles. Les salles du Musée sont ouvertes."
    )
    museums = [e for e in doc._.entities if e["name"].startswith("Musée")]
    assert len(museums) == 1 and "Musée" in museums[0]["aliases"]


def test_a_name_opening_with_a_country_is_no_person(nlp):
    found = entities_of(
        nlp,
        (
            "Le test d’adresse proposé par France Chaleur Verte est "
            "en ligne. Selon France Chaleur Verte, identifiés par France "
            "Chaleur Verte."
        ),
    )
    assert found.get("France Chaleur Verte") not in (None, "PER")


def test_the_acronym_of_a_common_phrase_is_no_name(nlp):
    found = entities_of(
        nlp, "Cet appel à projets (AAP) est ouvert. Les dossiers de cet AAP sont attendus avant juin."
    )
    assert "AAP" not in found


def test_an_acronym_and_a_region_name_a_branch_of_a_body(nlp):
    found = entities_of(nlp, "La DRAC Picardie et l'ARS Normandie soutiennent le projet.")
    assert found == {"DRAC Picardie": "ORG", "ARS Normandie": "ORG"}


def test_a_name_in_quotation_marks_after_a_cue_noun(nlp):
    found = entities_of(
        nlp,
        (
            "Elle publie la base de données « Cadastre Ouvert » et "
            "le site « Guichet Parcelle », puis une exposition intitulée "
            "« les jours clairs ». Le programme « nous sommes ravis. "
            "» est cité."
        ),
    )
    assert found == {"Cadastre Ouvert": "MISC", "Guichet Parcelle": "MISC", "jours clairs": "MISC"}


def test_an_all_caps_acronym_is_no_street_head():
    from pipeline.extractors.entities import is_address

    assert not is_address("BD Adresse")
    assert is_address("12 bd Voltaire") and is_address("BD VOLTAIRE")


def test_a_name_before_a_role_or_after_a_profession_is_a_person(nlp):
    found = entities_of(
        nlp,
        "Contacts presse\nAurore Kerdraon, cheffe du pôle presse\nTél : 02 99 00 00 00\n"
        "Constant Lemoal – chargé de communication\n"
        "Le musée accueille la photographe et plasticienne Maëlle Guerrand-Lopez pour une résidence.",
    )
    assert (
        found.get("Aurore Kerdraon") == "PER"
    )  # 'Aurore', a common word opening a line, is a first name here
    assert found.get("Constant Lemoal") == "PER"
    assert found.get("Maëlle Guerrand-Lopez") == "PER"


def test_a_capitalised_authority_is_an_organisation_and_a_territory_a_place(nlp):
    found = entities_of(nlp, "La Région Normandie et la Métropole de Rouen financent le projet.")
    assert found.get("Région Normandie") == "ORG" and found.get("Métropole de Rouen") == "ORG"


def test_region_names_as_written_and_a_metropolis_authority(nlp):
    found = entities_of(nlp, "La Métropole de Lyon aide les communes des Pays de la Loire et du Grand Est.")
    assert found.get("Métropole de Lyon") == "ORG"
    assert found.get("Pays de la Loire") == found.get("Grand Est") == "LOC"


def test_an_event_keeps_its_year(nlp):
    found = entities_of(nlp, "Rendez-vous au Salon Agri Nature 2026, puis en 2027 pour la suite.")
    assert found.get("Salon Agri Nature 2026") == "MISC"


def test_parentheses_define_an_acronym_even_from_a_former_name(nlp):
    doc = nlp("Le Centre national des archives du littoral (CNDL) ouvre ses fonds. Le CNDL publie un guide.")
    entity = next(e for e in doc._.entities if e["name"] == "Centre national des archives du littoral")
    assert entity["label"] == "ORG" and entity["aliases"] == ["CNDL"] and len(entity["mentions"]) == 3


def test_a_name_spelt_by_its_address_is_a_person_and_common_acronyms_are_no_names(nlp):
    found = entities_of(
        nlp,
        "Contact : Agence Pivoine - Rose Boucher rboucher@pivoine.fr\n"
        "Selon Paul Vernet, Secrétaire de l’Association des amis du parc : « Nous recrutons en CDI. »",
    )
    assert found.get("Rose Boucher") == "PER"
    assert "CDI" not in found and not any(name.startswith("Secrétaire") for name in found)


def test_rivers_and_foreign_cities(nlp):
    found = entities_of(nlp, "Les bateaux remontent la Seine puis partent pour Montréal et Barcelone.")
    assert found.get("Seine") == found.get("Montréal") == found.get("Barcelone") == "LOC"


def test_a_one_word_town_needs_a_place_context(nlp):
    found = entities_of(
        nlp,
        "Nous avons conçu Albert pour les agents, puis ouvert des bureaux à Lyon, Nantes et Brest, "
        "avec les élus de la Vienne.",
    )
    assert found.get("Albert") != "LOC"  # a town's name, but here a product
    assert found.get("Lyon") == found.get("Nantes") == found.get("Brest") == found.get("Vienne") == "LOC"


def test_a_coordinated_body_is_not_a_complement_of_the_name(nlp):
    found = entities_of(
        nlp, "Le projet associe la Chambre d'agriculture de Bretagne et l'INRAE sur le partage des terres."
    )
    assert "Chambre d'agriculture de Bretagne" in found
    assert not any("INRAE" in name and name != "INRAE" for name in found)


def test_an_acronym_followed_by_its_body_in_parentheses(nlp):
    doc = nlp(
        "Avec l'OFRA (Office régional des forêts alpines), la commune agit. L'OFRA finance aussi les pistes."
    )
    entity = next(e for e in doc._.entities if "OFRA" in e["aliases"] or e["name"] == "OFRA")
    assert entity["label"] == "ORG" and {entity["name"], *entity["aliases"]} == {
        "OFRA",
        "Office régional des forêts alpines",
    }


def test_an_office_is_an_organisation(nlp):
    found = entities_of(
        nlp,
        (
            "Contact presse\nCabinet de la ministre\nService de presse "
            "du ministère\nBureau des relations publiques\nCabinet "
            "de Jeanne Martin"
        ),
    )
    assert found.get("Cabinet de la ministre") == "ORG"
    assert found.get("Service de presse du ministère") == "ORG"
    assert found.get("Bureau des relations publiques") == "ORG"
    assert found.get("Cabinet de Jeanne Martin") == "ORG" and "Jeanne Martin" not in found


def test_a_named_parent_body_is_not_part_of_the_unit(nlp):
    found = entities_of(nlp, "Le Service de presse du ministère des Sports répond aux journalistes.")
    assert found.get("Service de presse") == "ORG" and found.get("ministère des Sports") == "ORG"


def test_a_state_secretariat_with_its_portfolio(nlp):
    found = entities_of(
        nlp, "Le comité associe le secrétariat d'État à la mer et le secrétariat d’État chargé du tourisme."
    )
    assert found.get("secrétariat d'État à la mer") == "ORG"
    assert found.get("secrétariat d’État chargé du tourisme") == "ORG"


def test_forms_listed_under_one_gazetteer_id_are_one_entity(nlp):
    doc = nlp(
        "La Commission nationale de l'informatique et des libertés "
        "a publié un avis. La CNIL rappelle les règles."
    )
    entity = next(
        e for e in doc._.entities if e["name"] == "Commission nationale de l'informatique et des libertés"
    )
    assert entity["aliases"] == ["CNIL"]


def test_a_lower_case_unit_is_named_before_its_ministry_only(nlp):
    found = entities_of(
        nlp,
        (
            "La direction des affaires maritimes du ministère de la "
            "Mer publie une note. Sous la direction de projet, le service "
            "des achats avance."
        ),
    )
    assert (
        found.get("direction des affaires maritimes") == "ORG" and found.get("ministère de la Mer") == "ORG"
    )
    assert not any(name.startswith(("direction de projet", "service des achats")) for name in found)


def test_programmes_named_with_a_title_adjective_a_bare_noun_or_adjectives_only(nlp):
    found = entities_of(
        nlp,
        (
            "Le projet relève du Grand plan de rénovation scolaire, "
            "du plan national vélo et du Fonds européen agricole annoncés "
            "hier."
        ),
    )
    assert found.get("Grand plan de rénovation scolaire") == "MISC"
    assert found.get("plan national vélo") == "MISC"
    assert found.get("Fonds européen agricole") == "MISC"
    assert not entities_of(
        nlp, "Programme complet des visites\nLe plan national prévoit des aides aux familles."
    ).get("plan national prévoit")


def test_a_quoted_name_after_a_cue_noun_and_its_modifiers(nlp):
    found = entities_of(
        nlp, "Il s'inscrit dans le programme régional de formation « Talents 2030 » lancé cette année."
    )
    assert found.get("Talents 2030") == "MISC"


def test_a_capitalised_word_of_the_state_is_a_named_service(nlp):
    found = entities_of(
        nlp, "Les agents utilisent la Visioconférence de l’État et le SI de l'État, dit le Chef de l'État."
    )
    assert found.get("Visioconférence de l’État") == "MISC"
    assert "SI de l'État" not in found and "Chef de l'État" not in found


def test_a_titled_article_name_goes_on_with_its_adjectives(nlp):
    found = entities_of(
        nlp, "Les agents adoptent La Boîte numérique depuis mars, et lisent Le Monde le matin."
    )
    assert found.get("La Boîte numérique") == "MISC"
    assert found.get("Le Monde") == "ORG"


def test_a_named_venue_is_a_place_unless_an_appositive_names_a_school(nlp):
    found = entities_of(
        nlp,
        (
            "La remise des prix aura lieu au Palais des sports d'Ajaccio "
            "avec les élèves du collège Parc des Sports."
        ),
    )
    assert found.get("Palais des sports d'Ajaccio") == "LOC"
    assert found.get("collège Parc des Sports") == "ORG"


def test_a_named_licence_keeps_its_version(nlp):
    found = entities_of(nlp, "Les données sont publiées sous licence ouverte Publica 3.1 depuis janvier.")
    assert found.get("licence ouverte Publica 3.1") == "MISC"


def test_the_organisation_after_a_role_held_in_it(nlp):
    found = entities_of(
        nlp,
        (
            "Léa Morin, cheffe du Fablab de la commune, et Paul Roy, "
            "directeur de Recherche, ouvrent le chantier."
        ),
    )
    assert found.get("Fablab") == "ORG"
    assert "Recherche" not in found


def test_a_hyphenated_place_inside_a_compound(nlp):
    found = entities_of(nlp, "La ligne Lyon-Val-de-Reuil rouvre en mai.")
    assert found.get("Lyon") == "LOC" and found.get("Val-de-Reuil") == "LOC"


def test_a_capitalised_pronoun_is_no_name(nlp):
    assert "Moi" not in entities_of(nlp, "Le service Santé et Moi est ouvert.")


def test_a_database_named_by_its_scope_stops_before_its_owner(nlp):
    found = entities_of(
        nlp, "Elle s'appuie sur la base de données nationale des ponts du Centre national des routes (CNR)."
    )
    assert found.get("base de données nationale des ponts") == "MISC"
    assert found.get("Centre national des routes") == "ORG"


def test_a_capitalised_pronoun_after_et_ends_a_title(nlp):
    found = entities_of(nlp, "Connectez-vous avec le service Banque et Moi, sans créer de compte.")
    assert "Banque et Moi" in found and "Moi" not in found


def test_a_programme_named_in_sentence_case_after_its_head(nlp):
    found = entities_of(
        nlp,
        (
            "La région finance le volet Mobilité durable des villes "
            "et des campagnes du plan Avenir Montagnes, et le dispositif "
            "Pass numérique et l'application Tchap."
        ),
    )
    assert found.get("Mobilité durable des villes et des campagnes") == "MISC"
    assert found.get("Pass numérique") == "MISC"


def test_a_rejected_word_of_a_name_is_no_part_of_it(nlp):
    found = entities_of(nlp, "Le portail est relié au SI de Valmont Industries depuis lundi.")
    assert "Valmont Industries" in found and not any(name.startswith("SI") for name in found)


def test_a_venue_may_capitalise_an_adjective(nlp):
    found = entities_of(nlp, "Le forum se tiendra au Parc international Floral de Vincennes le 3 mai.")
    assert found.get("Parc international Floral de Vincennes") == "LOC"


def test_a_name_in_apposition_after_the_head_and_its_complement(nlp):
    found = entities_of(
        nlp, "Par son école d’ingénieurs, IGEO-Cartes, et ses laboratoires, l'institut forme des experts."
    )
    assert found.get("IGEO-Cartes") == "ORG"


def test_natural_places_with_plural_and_coastal_heads(nlp):
    found = entities_of(
        nlp, "Les orages ont touché les monts du Forez, le Val de Loire et la Côte de Granit rose."
    )
    assert found.get("monts du Forez") == "LOC"
    assert found.get("Val de Loire") == "LOC"
    assert found.get("Côte de Granit") == "LOC" or found.get("Côte de Granit rose") == "LOC"


def test_a_body_head_opening_a_line_before_a_name(nlp):
    found = entities_of(nlp, "Contact presse\nFondation Terre & Ciel pour Agrimer\n06 12 34 56 78")
    assert found.get("Fondation Terre & Ciel") == "ORG"


def test_an_enumeration_of_domains_closing_with_et_is_one_complement(nlp):
    found = entities_of(
        nlp,
        (
            "Avec l'Institut régional pour la pêche, la mer et le littoral, "
            "la commune agit. L'Office des forêts, l'établissement "
            "qui gère les bois, aide."
        ),
    )
    assert found.get("Institut régional pour la pêche, la mer et le littoral") == "ORG"
    assert not any("établissement" in name for name in found)


def test_a_hyphenated_surname_after_a_title_names_a_person(nlp):
    found = entities_of(
        nlp,
        (
            "Rencontre avec la photographe Inès Morel-Vasquez. Née "
            "à Tulle, Inès Morel-Vasquez expose ses tirages."
        ),
    )
    assert found.get("Inès Morel-Vasquez") == "PER"


def test_a_publisher_keeps_its_noun_and_a_museum_its_capitalised_complement(nlp):
    found = entities_of(
        nlp,
        (
            "Le livre paraît aux éditions Carmin. Le musée des Beaux-Arts "
            "de Nancy et le musée de la ville ouvrent."
        ),
    )
    assert found.get("éditions Carmin") == "ORG"
    assert found.get("musée des Beaux-Arts de Nancy") == "ORG"
    assert not any(name.startswith("musée de la ville") for name in found)


def test_an_esplanade_is_part_of_an_address(nlp):
    assert "Jean-Moulin" not in entities_of(nlp, "Adresse : esplanade Jean-Moulin, 69002 Lyon.")


def test_an_acronym_may_leave_out_the_region_of_a_branch(nlp):
    doc = nlp(
        "L'Agence régionale de santé Normandie (ARS) publie un "
        "bilan. Contact : ARS Normandie – Service presse"
    )
    entity = next(e for e in doc._.entities if e["name"] == "Agence régionale de santé Normandie")
    assert {"ARS", "ARS Normandie"} <= set(entity["aliases"])


def test_a_name_does_not_go_on_after_an_address_ending_its_line(nlp):
    text = (
        "L'Atelier Bleu, espace d'exposition et lieu de vie / 14 rue "
        "des Teinturiers / 31000 Toulouse\nVisites sur rendez-vous "
        "uniquement"
    )
    found = entities_of(nlp, text)
    assert found.get("Toulouse") == "LOC" and not any("Visites" in name for name in found)


def test_a_known_organisation_with_a_titled_article_takes_no_adjective(nlp):
    found = entities_of(nlp, "Le colis est déposé à La Poste centrale de la ville.")
    assert found.get("La Poste") == "ORG" and "La Poste centrale" not in found


def test_a_body_named_with_its_country_is_no_person(nlp):
    found = entities_of(
        nlp, "Le partenariat avec Nuvexa France et Orlando Belgique a été signé hier à Lille."
    )
    assert found.get("Nuvexa France") == "ORG"
    assert found.get("Orlando Belgique") == "ORG"


def test_company_words_at_the_end_make_a_body(nlp):
    found = entities_of(
        nlp, "L'étude menée par Pierre Morvan Consultants et relayée par Ludivia Magazine paraît lundi."
    )
    assert found.get("Pierre Morvan Consultants") == "ORG"
    assert found.get("Ludivia Magazine") == "ORG"


def test_national_media_are_organisations(nlp):
    found = entities_of(nlp, "Le concours a été présenté dans Le Parisien, sur Europe 1 et sur M6 en mars.")
    assert found.get("Le Parisien") == "ORG"
    assert found.get("Europe 1") == "ORG"
    assert found.get("M6") == "ORG"


def test_an_abbreviated_role_names_the_body_not_a_person(nlp):
    found = entities_of(nlp, "Étaient présents Jeanne Ardouin, Pdt de Solvanis, et Marc Teillet.")
    assert found.get("Solvanis") == "ORG"
    assert "Pdt de Solvanis" not in found


def test_an_english_version_appended_yields_no_entities(nlp):
    french = (
        "Rennes, le 4 février 2025. La société Nuvexa ouvre un atelier de réparation de vélos à Rennes. "
        "Le maire de Rennes salue cette initiative qui crée douze emplois dans le quartier du Blosne. "
        "Les habitants pourront y déposer leurs vélos dès le mois de mars, du lundi au samedi.\n\n"
    )
    english = (
        "English version. The company opens a bicycle repair workshop in Rennes, with the support of "
        "Green Wheels Alliance, and it will offer affordable services to every resident who rides a bike.\n"
    )
    doc = nlp(french + english)
    assert doc._.language_blocks and doc._.language_blocks[0]["lang"] != "fr"
    assert all(m["start"] < len(french) for e in doc._.entities for m in e["mentions"])
    assert not any("Green Wheels" in e["name"] for e in doc._.entities)
    assert any(e["name"] == "Nuvexa" for e in doc._.entities)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Le préfet de la Somme a réuni les maires. Dans la Somme, 1 200 foyers sont sans électricité.",
            {"Somme"},
        ),
        ("Les vigilances concernent le Nord, le Var et la Manche.", {"Nord", "Var", "Manche"}),
        ("Les élus de la Vienne et de l'Orne ont été reçus à Poitiers.", {"Vienne", "Orne", "Poitiers"}),
        ("Le délai est plus long dans le sud des Landes qu'ailleurs.", {"Landes"}),
    ],
)
def test_departments_named_by_a_common_word_are_places_in_a_place_context(nlp, text, places):
    found = entities_of(nlp, text)
    assert {name for name, label in found.items() if label == "LOC"} >= places


def test_the_common_words_are_not_places(nlp):
    found = entities_of(nlp, "La somme de 3 000 euros a été versée. Un lot de cartes est offert au gagnant.")
    assert not {"somme", "Somme", "lot", "Lot"} & set(found)
