"""Names only the statistical model found, cut out of a longer name ('Kanta' of 'Agence Kanta', 'FDSEA' of
'FDSEA 18'), are dropped; a name a sentence opens with an article, or a town after its postcode, stays.
Invented fragments."""

from pipeline.extractors.entities.fragments import without_model_fragments


def entity(text: str, name: str, rule: str = "ner.org") -> dict:
    start = text.index(name)
    mention = {"start": start, "end": start + len(name), "text": name, "rule": rule, "location": None}
    return {"name": name, "label": "ORG", "aliases": [], "mentions": [mention], "rule": rule}


def kept(nlp, text: str, name: str, rule: str = "ner.org") -> bool:
    doc = nlp(text)
    return bool(without_model_fragments(doc, [entity(text, name, rule)]))


def test_a_name_after_a_capitalised_noun_is_a_fragment(nlp):
    text = "Relations presse : Agence Brisants · Lucie Marty · 05 59 11 22 33\n"
    assert not kept(nlp, text, "Brisants")


def test_a_name_before_a_number_is_a_fragment(nlp):
    text = "Les pompiers et la FNSEL 29 ont relayé les consignes aux agriculteurs.\n"
    assert not kept(nlp, text, "FNSEL")


def test_a_name_after_an_article_opening_a_sentence_stays(nlp):
    text = "Le CHIV accueille ses patients dès lundi.\n"
    assert kept(nlp, text, "CHIV")


def test_a_town_after_its_postcode_stays(nlp):
    text = "Maison des Mots, 4 rue Pasteur, 59100 Roubaix\n"
    assert kept(nlp, text, "Roubaix")


def test_a_name_a_rule_found_stays(nlp):
    text = "Relations presse : Agence Brisants · Lucie Marty · 05 59 11 22 33\n"
    assert kept(nlp, text, "Agence Brisants", "entity.capitalised_run")


def test_propagation_keeps_the_rule_that_found_an_occurrence(nlp):
    """An occurrence already found keeps its rule in its copy; only the one nothing found is 'propagated'."""
    from pipeline.extractors.entities.spans import Candidate

    text = "Le Cabanon Vert rouvre. Le Cabanon Vert accueille les marchés. Au Cabanon Vert, on chante."
    first, second = text.index("Cabanon Vert"), text.index("Cabanon Vert", 10)
    found = [
        Candidate(first, first + 12, "ORG", "model", "ner.org"),
        Candidate(second, second + 12, "ORG", "model", "ner.org"),
    ]
    propagated = nlp.get_pipe("communique_entities")._propagate(nlp(text), found, [], set())
    assert [c.rule for c in sorted(propagated, key=lambda c: c.start)] == [
        "ner.org",
        "ner.org",
        "entity.propagated",
    ]


def test_a_person_after_a_capitalised_title_stays(nlp):
    text = "Le jury était présidé par Professeur Lina Okafor, de Lyon.\n"
    doc = nlp(text)
    person = {**entity(text, "Lina Okafor", "ner.per"), "label": "PER"}
    assert without_model_fragments(doc, [person]) == [person]
